import { LAST_HISTORY_YEAR } from '../../model/calendar.js';
import type { NumberCell, TextCell } from '../../workbook/plan.js';
import { text } from './cells.js';

/** "A" for a year of reported actuals (up to the last history year), "E" for a year the model estimates. */
export const periodMark = (year: number, lastActualYear = LAST_HISTORY_YEAR): 'A' | 'E' =>
  year <= lastActualYear ? 'A' : 'E';

/**
 * The row above a year header: "A" over the actual years and "E" over the estimates, shaded apart, so a reader sees
 * where history ends without reading the years.
 * @example periodMarks([2025, 2026]) // [A (grey), E (blue)]
 */
export const periodMarks = (years: readonly number[], lastActualYear = LAST_HISTORY_YEAR): TextCell[] =>
  years.map((year) =>
    periodMark(year, lastActualYear) === 'A' ? text('A', 'periodActual') : text('E', 'periodEstimate'),
  );

/** A year header cell: grey over actuals, the usual header colour over estimates. */
export const yearHeaderCell = (year: number, lastActualYear = LAST_HISTORY_YEAR): NumberCell => ({
  kind: 'number',
  value: year,
  format: '0',
  style: periodMark(year, lastActualYear) === 'A' ? 'headerActual' : 'header',
});
