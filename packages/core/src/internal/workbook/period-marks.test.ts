import { describe, expect, it } from 'vitest';
import { LAST_HISTORY_YEAR } from '../../model/calendar.js';
import { periodMark, periodMarks, yearHeaderCell } from './period-marks.js';

describe('period marks', () => {
  it('calls the years up to the last history year actuals and the later ones estimates', () => {
    expect(periodMark(LAST_HISTORY_YEAR)).toBe('A');
    expect(periodMark(LAST_HISTORY_YEAR + 1)).toBe('E');
    expect(periodMarks([2024, 2025, 2026]).map((c) => [c.text, c.style])).toEqual([
      ['A', 'periodActual'],
      ['A', 'periodActual'],
      ['E', 'periodEstimate'],
    ]);
  });

  it('shades the year header of actuals apart from the estimates', () => {
    expect(yearHeaderCell(2025)).toEqual({ kind: 'number', value: 2025, format: '0', style: 'headerActual' });
    expect(yearHeaderCell(2026).style).toBe('header');
  });
});
