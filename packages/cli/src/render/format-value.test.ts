import { describe, expect, it } from 'vitest';
import { formatValue, NOT_MODELLED } from './format-value.js';

describe('formatValue', () => {
  it('formats by unit', () => {
    expect(formatValue(20, 'usdB')).toBe('20.00');
    expect(formatValue(-0.3872, 'ratio')).toBe('-38.7%');
    expect(formatValue(42.5, 'multiple')).toBe('42.5x');
    expect(formatValue(2030, 'year')).toBe('2030');
  });

  it('marks a year without a value', () => {
    expect(formatValue(null, 'usdB')).toBe(NOT_MODELLED);
  });
});
