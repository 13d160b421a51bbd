import { describe, expect, it } from 'vitest';
import {
  add,
  choose,
  constant,
  div,
  fact,
  factYear,
  input,
  line,
  max,
  mul,
  num,
  prev,
  recognized,
  sub,
  trailingSum,
  when,
  year,
} from '../../model/expr.js';
import { compileFormula, type FormulaContext } from './formulas.js';

const columns = ['D', 'E', 'F', 'G'];
const ctx: FormulaContext = {
  lineCell: (id, yearIndex) => `${id === 'arr.total' ? 'S!' : ''}${columns[yearIndex]}${id.length}`,
  yearCell: (yearIndex) => `${columns[yearIndex]}$4`,
  inputName: (id) => `in_${id}`,
  factName: (id, field) => (field === 'value' ? `fact_${id}` : `fact_${id}_year`),
  constantName: (id) => `const_${id}`,
  lineRow: (id) => id.replace('.', '_'),
  yearRow: 'years',
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

  it('writes recognized revenue as the log mean of the two run rates, with a named near-flat band', () => {
    expect(compileFormula(recognized(prev('usdB', 'arr.total'), line('usdB', 'arr.total')), ctx, 1)).toBe(
      'IF(ABS(S!E9/S!D9-1)<const_flatArrBand,AVERAGE(GEOMEAN(S!D9,S!E9),GEOMEAN(S!D9,S!E9),AVERAGE(S!D9,S!E9)),(S!E9-S!D9)/LN(S!E9/S!D9))',
    );
  });

  it('writes conditions, the column year, fact years, named constants and 0 / 1', () => {
    expect(compileFormula(when(year, '<=', factYear('F4'), num('gw', 1), num('gw', 0)), ctx, 3)).toBe(
      'IF(G$4<=fact_F4_year,1,0)',
    );
    expect(compileFormula(constant('ratio', 'checkTolerance'), ctx, 0)).toBe('const_checkTolerance');
    expect(compileFormula(max(num('usdB', 0), input('usdB', 'minimumCash')), ctx, 0)).toBe(
      'MAX(0,in_minimumCash)',
    );
  });

  it('writes a choice as nested IFs on the option names, the first option last', () => {
    const loss = choose('loss2025Basis', [
      fact('usdB', 'F9'),
      mul(fact('usdB', 'F8'), constant('years', 'halfYearsPerYear')),
    ]);
    expect(compileFormula(loss, ctx, 0)).toBe(
      'IF(in_loss2025Basis="2xF8",fact_F8*const_halfYearsPerYear,fact_F9)',
    );
  });

  it('writes a trailing sum as SUMIFS over the year row', () => {
    expect(compileFormula(trailingSum('capex', 'usdB', input('years', 'usefulLife')), ctx, 2)).toBe(
      'SUMIFS(capex,years,">"&(F$4-in_usefulLife),years,"<="&F$4)',
    );
  });
});
