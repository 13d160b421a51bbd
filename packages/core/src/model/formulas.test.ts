import { describe, expect, it } from 'vitest';
import {
  add,
  div,
  fact,
  factYear,
  input,
  line,
  mul,
  num,
  prev,
  recognized,
  sub,
  when,
  year,
} from './expr.js';
import { compileFormula, type FormulaContext } from './formulas.js';

const columns = ['D', 'E', 'F', 'G'];
const ctx: FormulaContext = {
  lineCell: (id, yearIndex) => `${id === 'arr.total' ? 'S!' : ''}${columns[yearIndex]}${id.length}`,
  yearCell: (yearIndex) => `${columns[yearIndex]}$4`,
  inputName: (id) => `in_${id}`,
  factName: (id, field) => (field === 'value' ? `fact_${id}` : `fact_${id}_year`),
};

describe('compileFormula', () => {
  it('reads lines in the same and the previous year column', () => {
    expect(compileFormula(sub(line('usdB', 'capex'), prev('usdB', 'capex')), ctx, 2)).toBe('F5-E5');
    expect(compileFormula(line('usdB', 'arr.total'), ctx, 1)).toBe('S!E9');
  });

  it('brackets only where precedence needs it', () => {
    const a = input('usdB', 'openingCash');
    const b = fact('usdB', 'F1');
    const c = fact('usdB', 'F9');
    expect(compileFormula(sub(a, sub(b, c)), ctx, 0)).toBe('in_openingCash-(fact_F1-fact_F9)');
    expect(compileFormula(sub(sub(a, b), c), ctx, 0)).toBe('in_openingCash-fact_F1-fact_F9');
    expect(compileFormula(mul(add(a, b), fact('ratio', 'F10')), ctx, 0)).toBe(
      '(in_openingCash+fact_F1)*fact_F10',
    );
    expect(compileFormula(div(a, div(b, c)), ctx, 0)).toBe('in_openingCash/(fact_F1/fact_F9)');
    expect(compileFormula(add(a, mul(b, fact('ratio', 'F10'))), ctx, 0)).toBe(
      'in_openingCash+fact_F1*fact_F10',
    );
  });

  it('writes recognized revenue with a series for near-equal ARRs and a logarithm otherwise', () => {
    expect(compileFormula(recognized(prev('usdB', 'arr.total'), line('usdB', 'arr.total')), ctx, 1)).toBe(
      'IF(ABS((S!E9-S!D9)/S!D9)<0.0001,S!D9*(1+((S!E9-S!D9)/S!D9)/2-((S!E9-S!D9)/S!D9)*((S!E9-S!D9)/S!D9)/12),(S!E9-S!D9)/LN(S!E9/S!D9))',
    );
  });

  it('writes conditions, the column year, fact years and constants', () => {
    expect(compileFormula(when(year, '<=', factYear('F4'), num('gw', 2.5), num('gw', -1)), ctx, 3)).toBe(
      'IF(G$4<=fact_F4_year,2.5,(-1))',
    );
    expect(compileFormula(num('ratio', 1e-9), ctx, 0)).toBe('1E-9');
  });
});
