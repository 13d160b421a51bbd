import type { Tornado } from '../../analysis/sensitivity.js';
import { GRID_STEPS, type SensitivityStudy } from '../../analysis/sensitivity-study.js';
import { NOT_REACHED } from '../../model/scalar-formulas.js';
import type { Unit } from '../../units.js';
import { a1, absolute, qualified } from '../../workbook/address.js';
import type { Cell, ChartPlan, ColorScale, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { gridWidth, numberCell, text } from './cells.js';

/** Excel's red–yellow–green scale: low is bad for both metrics (an earlier runway end, less cash). */
const SCALE = { low: 'F8696B', mid: 'FFEB84', high: '63BE7B' } as const;

/** Bars a tornado chart draws: the inputs that move the metric most; the table below it lists them all. */
export const TORNADO_CHART_BARS = 10;
/** Rows the tornado charts span, left blank above the tables. */
export const TORNADO_CHART_ROWS = 16;
/**
 * The columns each tornado chart spans, side by side across the grids' width (a label column and GRID_STEPS values):
 * the labels' two wide columns and two more (72 characters), and the rest (88).
 */
const CHART_SPANS = [
  { first: 1, last: 4 },
  { first: 5, last: 1 + GRID_STEPS },
] as const;

type Rows = (readonly (Cell | null)[])[];

/** The Sensitivity sheet and the tornado charts drawn on it. */
export interface SensitivityLayout {
  readonly sheet: SheetPlan;
  readonly charts: readonly ChartPlan[];
}

const valueCell = (value: number | null, unit: Unit): Cell =>
  value === null ? text(NOT_REACHED, 'computed') : numberCell(value, UNIT_FORMATS[unit], 'computed');

/** A change in the metric: years as a whole number, money in its unit's format. */
const changeFormat = (unit: Unit): string => (unit === 'year' ? '0' : UNIT_FORMATS[unit]);

/** The tornado table's columns the chart reads (1-based): the input names and the metric's changes. */
const INPUT_COLUMN = 2;
const CHANGE_AT_LOW_COLUMN = 8;
const CHANGE_AT_HIGH_COLUMN = 9;

const tornadoRows = (result: Tornado, title: string, unit: Unit): Rows => [
  [text(title, 'section')],
  [
    text('Rank', 'header'),
    text('Input', 'header'),
    text('Low', 'header'),
    text('High', 'header'),
    text('At low', 'header'),
    text('At high', 'header'),
    text('Swing', 'header'),
    text('Δ at low', 'header'),
    text('Δ at high', 'header'),
  ],
  ...result.bars.map((bar, i) => [
    numberCell(i + 1, '0', 'label'),
    text(bar.input, 'label'),
    numberCell(bar.low, 'General', 'computed'),
    numberCell(bar.high, 'General', 'computed'),
    valueCell(bar.atLow, unit),
    valueCell(bar.atHigh, unit),
    numberCell(bar.swing, changeFormat(unit), 'computed'),
    numberCell(bar.changeAtLow, changeFormat(unit), 'computed'),
    numberCell(bar.changeAtHigh, changeFormat(unit), 'computed'),
  ]),
];

/**
 * A tornado chart over a table's first bars: horizontal bars either side of the scenario's value, one per input,
 * the largest swing on top. `headerRow` is the table's header row (1-based).
 */
const tornadoChart = (
  title: string,
  headerRow: number,
  bars: number,
  chartRow: number,
  span: { readonly first: number; readonly last: number },
): ChartPlan => {
  const first = headerRow + 1;
  const last = headerRow + bars;
  const column = (c: number) => qualified('Sensitivity', `${absolute(first, c)}:${absolute(last, c)}`);
  return {
    sheet: 'Sensitivity',
    title: `Tornado: ${title}`,
    type: 'tornado',
    categories: column(INPUT_COLUMN),
    series: [
      { name: 'Input at its low end', values: column(CHANGE_AT_LOW_COLUMN) },
      { name: 'Input at its high end', values: column(CHANGE_AT_HIGH_COLUMN) },
    ],
    from: a1(chartRow, span.first),
    to: a1(chartRow + TORNADO_CHART_ROWS - 1, span.last),
  };
};

/**
 * The Sensitivity sheet for a study of the live scenario, computed at build time (grey values: a grid of live formulas
 * would need Excel data tables, which neither LibreOffice nor ExcelJS write faithfully): for the runway and for cash
 * at the end of 2030 (or the horizon's last year), a tornado chart (side by side at the top) over a table of every
 * input at its range's low and high end; then, for each metric, a grid over the two inputs that move it most, with a
 * red–yellow–green colour scale.
 * @example buildSensitivitySheet(sensitivityStudy(BUILTIN_SCENARIOS.base)).charts.length // 2
 */
export const buildSensitivitySheet = (study: SensitivityStudy): SensitivityLayout => {
  const rows: Rows = [
    [text(`Sensitivity of scenario ${study.scenario}`, 'title')],
    [
      text(
        'Computed by aifin when this workbook was built (grey): each input moves within its low–high range (Assumptions' +
          ' rationale; aifin project --json lists the ranges) while the others stay at the scenario’s values. "not reached": beyond the horizon,' +
          ' counted as the year after it in swings and changes.',
        'note',
      ),
    ],
    [],
  ];
  // The charts side by side above the tables, so each prints whole on the sheet's first page.
  const chartRow = rows.length + 1;
  for (let i = 0; i < TORNADO_CHART_ROWS + 1; i++) rows.push([]);
  const charts: ChartPlan[] = [];
  study.metrics.forEach((m, i) => {
    const headerRow = rows.length + 2;
    rows.push(...tornadoRows(m.tornado, `Tornado: ${m.title}`, m.unit), []);
    const bars = Math.min(TORNADO_CHART_BARS, m.tornado.bars.length);
    const span = CHART_SPANS[i];
    if (bars > 0 && span !== undefined) charts.push(tornadoChart(m.title, headerRow, bars, chartRow, span));
  });
  const scales: ColorScale[] = [];
  for (const m of study.metrics) {
    const result = m.grid;
    if (result === null) continue;
    const { x, y } = result;
    rows.push([text(`Grid: ${m.title}, by ${y.input} (rows) and ${x.input} (columns)`, 'section')]);
    rows.push([
      text(`${y.input} \\ ${x.input}`, 'header'),
      ...x.values.map((v) => numberCell(v, 'General', 'header')),
    ]);
    const top = rows.length + 1;
    result.grid.forEach((line, yi) => {
      rows.push([
        numberCell(y.values[yi] as number, 'General', 'header'),
        ...line.map((v) => valueCell(v, m.unit)),
      ]);
    });
    scales.push({
      kind: 'colorScale',
      ref: `${a1(top, 2)}:${a1(rows.length, 1 + x.values.length)}`,
      ...SCALE,
    });
    rows.push([]);
  }
  return {
    sheet: {
      name: 'Sensitivity',
      rows,
      width: gridWidth(rows),
      columnWidths: [26, 24, ...Array<number>(GRID_STEPS - 1).fill(11)],
      freeze: { rows: 0, columns: 0 },
      validations: [],
      conditionalFormats: scales,
    },
    charts,
  };
};
