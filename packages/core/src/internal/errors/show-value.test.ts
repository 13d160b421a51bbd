import { describe, expect, it } from 'vitest';
import { showValue } from './show-value.js';

describe('showValue', () => {
  it('quotes strings and shows other values as JSON', () => {
    expect(showValue('out/a.xlsx')).toBe('"out/a.xlsx"');
    expect(showValue(7)).toBe('7');
    expect(showValue({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
    expect(showValue(null)).toBe('null');
    expect(showValue(undefined)).toBe('undefined');
  });

  it('shows numbers JSON cannot, rather than null or a crash', () => {
    expect(showValue(Number.NaN)).toBe('NaN');
    expect(showValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(showValue(10n)).toBe('10');
  });

  it('shows a cyclic value without throwing', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(showValue(cyclic)).toBe('[object Object]');
  });

  it('escapes every control character and line separator, so the value stays on one line', () => {
    expect(showValue('a\nb\r\tc')).toBe('"a\\nb\\r\\tc"');
    expect(showValue('\u001b[31mred')).toBe('"\\u001b[31mred"');
    expect(showValue('\u007f\u009b\u2028\u2029')).toBe('"\\u007f\\u009b\\u2028\\u2029"');
    expect(showValue(['x\ny'])).toBe('["x\\ny"]');
  });

  it('keeps values up to 120 characters whole and cuts longer ones to 120 with "..."', () => {
    const fits = `/${'d'.repeat(115)}.x`; // 118 characters, 120 with the quotes
    expect(showValue(fits)).toBe(`"${fits}"`);
    expect(showValue(`${fits}y`)).toBe(`"${fits.slice(0, 116)}...`);
    const long = showValue('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long).toBe(`"${'x'.repeat(116)}...`);
  });
});
