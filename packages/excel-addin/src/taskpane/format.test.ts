import { describe, expect, it } from 'vitest';
import { formatBillions, formatMultiple, formatUsdB, joinWords } from './format.js';

describe('preview formatting', () => {
  it('shows USD billions with one decimal below 100 B and none above', () => {
    expect(formatUsdB(20)).toBe('20.0 B USD');
    expect(formatUsdB(126.6)).toBe('127 B USD');
    expect(formatUsdB(-3.25)).toBe('-3.3 B USD');
  });

  it('shows a table’s USD billions with one decimal, whatever the size', () => {
    expect(formatBillions(1234.56)).toBe('1,234.6');
    expect(formatBillions(-12.345)).toBe('-12.3');
    expect(formatBillions(0)).toBe('0.0');
  });

  it('shows multiples and refuses to print infinities', () => {
    expect(formatMultiple(42.5)).toBe('42.5×');
    expect(formatMultiple(Number.POSITIVE_INFINITY)).toBe('n/a');
  });

  it('joins words for a sentence', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['Cover'])).toBe('Cover');
    expect(joinWords(['Cover', 'Checks', 'Sources'])).toBe('Cover, Checks and Sources');
  });
});
