import { describe, expect, it } from 'vitest';
import { formulaCell, gridWidth, numberCell, text } from './cells.js';

describe('cell constructors', () => {
  it('text sets the text, and the style only when given', () => {
    expect(text('=1+1')).toStrictEqual({ kind: 'text', text: '=1+1' });
    expect(text('Checks', 'title')).toStrictEqual({ kind: 'text', text: 'Checks', style: 'title' });
  });

  it('numberCell is an input unless told otherwise, with the format only when given', () => {
    expect(numberCell(20)).toStrictEqual({ kind: 'number', value: 20, style: 'input' });
    expect(numberCell(0.4, '0.0%')).toStrictEqual({
      kind: 'number',
      value: 0.4,
      format: '0.0%',
      style: 'input',
    });
    expect(numberCell(2030, '0', 'header')).toMatchObject({ style: 'header' });
  });

  it('formulaCell adds the leading "=", keeps the cached value and is a formula unless told otherwise', () => {
    expect(formulaCell('fact_F2/fact_F7', 42.5)).toStrictEqual({
      kind: 'formula',
      formula: '=fact_F2/fact_F7',
      value: 42.5,
      style: 'formula',
    });
    expect(formulaCell('scenario_selected', 'base', undefined, 'status')).toStrictEqual({
      kind: 'formula',
      formula: '=scenario_selected',
      value: 'base',
      style: 'status',
    });
    expect(formulaCell('A1', null, '0')).toMatchObject({ formula: '=A1', value: null, format: '0' });
  });

  it('gridWidth is the widest row, counting empty cells', () => {
    expect(gridWidth([])).toBe(0);
    expect(gridWidth([[], [text('a'), null, null], [text('b')]])).toBe(3);
  });
});
