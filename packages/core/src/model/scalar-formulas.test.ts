import { describe, expect, it } from 'vitest';
import { abs, constant, line, num, prev, sub } from './expr.js';
import type { LineId } from './line-ids.js';
import { countOver, firstYear, last, sumOver, value } from './scalar.js';
import { compileScalar, NOT_REACHED, type ScalarContext } from './scalar-formulas.js';

/** A context that spells every reference out, so the compiled text shows which year each term reads. */
function context(lastIndex: number, firstIndex: Readonly<Record<string, number>>): ScalarContext {
  const name = (id: LineId): string => id.replaceAll('.', '_');
  return {
    lastIndex,
    lineName: name,
    yearsName: 'years',
    lineCell: (id, index) => `${name(id)}[${index}]`,
    lineSpan: (id, from, to) => `${name(id)}[${from}:${to}]`,
    firstIndex: new Map(Object.entries(firstIndex) as [LineId, number][]),
    yearCell: (index) => `year[${index}]`,
    inputName: (id) => `in_${id}`,
    factName: (id, field) => (field === 'year' ? `fact_${id}_year` : `fact_${id}`),
    constantName: (id) => `const_${id}`,
    lineRow: name,
    yearRow: 'years',
  };
}

describe('compileScalar', () => {
  it('indexes a line’s row of years with its row and its column', () => {
    expect(compileScalar(last('arr.total'), context(7, {}))).toBe('INDEX(arr_total,1,COLUMNS(arr_total))');
  });

  it('reads "not reached" only when no year is flagged, not behind IFERROR', () => {
    expect(compileScalar(firstYear('flag.fundingGap'), context(7, {}))).toBe(
      `IF(ISNA(MATCH(1,flag_fundingGap,0)),"${NOT_REACHED}",INDEX(years,1,MATCH(1,flag_fundingGap,0)))`,
    );
  });

  it('sums a line as a range, and an expression year by year from the first year every read is modelled', () => {
    const ctx = context(3, { 'cash.end': 2, 'arr.total': 0 });
    expect(compileScalar(sumOver(line('usdB', 'cash.end')), ctx)).toBe('SUM(cash_end)');
    expect(compileScalar(sumOver(abs(sub(line('usdB', 'cash.end'), num('usdB', 1)))), ctx)).toBe(
      'ABS(cash_end[2]-1)+ABS(cash_end[3]-1)',
    );
    // A lagged read starts a year later; each arithmetic term is bracketed, so the terms add up one by one.
    expect(compileScalar(sumOver(sub(line('usdB', 'arr.total'), prev('usdB', 'arr.total'))), ctx)).toBe(
      '(arr_total[1]-arr_total[0])+(arr_total[2]-arr_total[1])+(arr_total[3]-arr_total[2])',
    );
  });

  it('counts year by year with IF, never with array arithmetic', () => {
    const ctx = context(3, { 'cash.end': 2 });
    const formula = compileScalar(
      countOver(line('usdB', 'cash.end'), '>', value(constant('ratio', 'checkTolerance'))),
      ctx,
    );
    expect(formula).toBe('IF(cash_end[2]>const_checkTolerance,1,0)+IF(cash_end[3]>const_checkTolerance,1,0)');
    expect(formula).not.toMatch(/SUMPRODUCT|--/);
  });

  it('writes 0 for a sum or count over no year, as evaluate() gives', () => {
    const ctx = context(3, { 'cash.end': 5 });
    expect(compileScalar(sumOver(abs(line('usdB', 'cash.end'))), ctx)).toBe('0');
    expect(compileScalar(countOver(line('usdB', 'cash.end'), '>', value(num('usdB', 0))), ctx)).toBe('0');
  });
});
