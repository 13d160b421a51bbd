import type { LineId } from '../../model/lines.js';
import { a1, qualified, rowRange } from '../../workbook/address.js';
import type { ChartPlan, SheetPlan } from '../../workbook/plan.js';
import { FIRST_YEAR_COLUMN, lineRow, MODEL_HEADER_ROW } from './model-layout.js';

/** One series of a Cover chart: a model line and the name its legend shows. */
export interface CoverSeries {
  readonly id: LineId;
  readonly name: string;
}

/** ARR by segment, stacked to the total. */
export const ARR_SERIES: readonly CoverSeries[] = [
  { id: 'arr.enterprise', name: 'Enterprise' },
  { id: 'arr.api', name: 'API' },
  { id: 'arr.consumer', name: 'Consumer' },
];

/** Operating income: revenue less costs, negative while the company loses money. */
export const OPERATING_INCOME_SERIES: readonly CoverSeries[] = [
  { id: 'operatingIncome', name: 'Operating income' },
];

/**
 * Cash at year end beside the funding gap (the new money that keeps cash at the minimum). Two lines, not stacked:
 * year-end cash already includes the gap money, so stacking would count it twice.
 */
export const CASH_SERIES: readonly CoverSeries[] = [
  { id: 'cash.end', name: 'Cash at year end' },
  { id: 'funding.gap', name: 'Funding gap' },
];

/** Excel's standard column width in characters, which columns the plan gives no width have. */
export const STANDARD_COLUMN_WIDTH = 8.43;
/** The width each chart should at least span, in characters: three side by side fill a landscape page at 8 pt. */
export const COVER_CHART_MIN_WIDTH = 40;
/** Rows each chart spans. */
export const COVER_CHART_ROWS = 18;

/** Column spans of about `minWidth` characters each, from column A, following the sheet's column widths. */
const columnSpans = (widths: readonly number[], count: number, minWidth: number) => {
  const spans: { first: number; last: number }[] = [];
  let column = 1;
  for (let i = 0; i < count; i++) {
    const first = column;
    let width = 0;
    while (width < minWidth) {
      width += widths[column - 1] ?? STANDARD_COLUMN_WIDTH;
      column++;
    }
    spans.push({ first, last: column - 1 });
  }
  return spans;
};

/**
 * The Cover dashboard's charts: ARR by segment, operating income, and cash with the funding gap, side by side
 * below the Cover's content (one blank row after its last row), each about `COVER_CHART_MIN_WIDTH` characters wide
 * along the Cover's own column widths. Series and categories are the model sheets' rows over `years`.
 * @example coverCharts(coverSheet, [2023, 2024, 2025])[0].from // "A22" for a Cover of 20 rows
 */
export const coverCharts = (cover: SheetPlan, years: readonly number[]): readonly ChartPlan[] => {
  const last = FIRST_YEAR_COLUMN + years.length - 1;
  const series = (list: readonly CoverSeries[]) =>
    list.map(({ id, name }) => {
      const { sheet, row } = lineRow(id);
      return { name, values: qualified(sheet, rowRange(row, FIRST_YEAR_COLUMN, last)) };
    });
  const categories = qualified('Revenue Mix', rowRange(MODEL_HEADER_ROW, FIRST_YEAR_COLUMN, last));
  const top = cover.rows.length + 2;
  const charts = [
    { title: 'ARR by segment (USD B, year end)', type: 'stackedColumn', series: series(ARR_SERIES) },
    { title: 'Operating income (USD B)', type: 'stackedColumn', series: series(OPERATING_INCOME_SERIES) },
    { title: 'Cash and funding gap (USD B, year end)', type: 'line', series: series(CASH_SERIES) },
  ] as const;
  const spans = columnSpans(cover.columnWidths, charts.length, COVER_CHART_MIN_WIDTH);
  return charts.map((chart, i) => {
    const span = spans[i] ?? { first: 1, last: 1 };
    return {
      sheet: 'Cover',
      ...chart,
      categories,
      from: a1(top, span.first),
      to: a1(top + COVER_CHART_ROWS - 1, span.last),
    };
  });
};
