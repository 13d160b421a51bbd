import {
  PERCENTILES,
  SIMULATED_LINES,
  type SimulatedLine,
  type SimulationResult,
} from '../../analysis/simulate.js';
import { getLine } from '../../model/lines.js';
import { UNIT_LABELS } from '../../units.js';
import { a1, absolute, qualified } from '../../workbook/address.js';
import type { Cell, ChartPlan, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { gridWidth, numberCell, text } from './cells.js';

const HEADER_ROW = 4;
const FIRST_YEAR_COLUMN = 4;
/** Rows per line: a section row, then P5 … P95. */
const ROWS_PER_LINE = 1 + PERCENTILES.length;

/** The row of a line's percentile on the Risk sheet. */
const percentileRow = (lineIndex: number, percentileIndex: number): number =>
  HEADER_ROW + 1 + lineIndex * ROWS_PER_LINE + 1 + percentileIndex;

/** What a simulation ran, for the Risk sheet's title and the Cover: its paths and its scenario or mixture. */
export const simulationSubject = (result: SimulationResult): string =>
  `${result.paths.toLocaleString('en-US')} simulated paths of ${
    result.mixture === null
      ? `scenario ${result.scenario}`
      : `a mixture of scenarios by weight: ${result.mixture.map((m) => `${m.scenario} × ${m.weight}`).join(', ')}`
  }`;

/**
 * The Risk sheet: a simulation's percentiles by year for every simulated line, and the cumulative probabilities
 * that the runway has ended and that breakeven has come by each year. Values computed at build time (grey).
 * @example buildRiskSheet(result) // { name: 'Risk', rows: [...] }
 */
export const buildRiskSheet = (result: SimulationResult, description: string): SheetPlan => {
  const { years } = result;
  const rows: (readonly (Cell | null)[])[] = [
    [text(`Risk: ${simulationSubject(result)}`, 'title')],
    [
      text(
        `Computed by aifin when this workbook was built (seed ${result.seed}; ${result.sampling === 'lhs' ? 'Latin hypercube' : 'Monte Carlo'} sampling; ${description}). Each input is drawn within its low–high range${result.mixture === null ? '' : ", each path's scenario drawn by weight first"}; the same seed gives the same numbers.`,
        'note',
      ),
    ],
    [],
    [
      text('Line', 'header'),
      text('Percentile', 'header'),
      text('Unit', 'header'),
      ...years.map((year) => numberCell(year, '0', 'header')),
    ],
  ];
  for (const line of SIMULATED_LINES) {
    const { label, unit } = getLine(line);
    rows.push([text(`${label} (${line})`, 'section')]);
    for (const [key] of PERCENTILES) {
      rows.push([
        null,
        text(key.toUpperCase(), 'label'),
        text(UNIT_LABELS[unit], 'note'),
        ...result.percentiles[line][key].map((v) =>
          v === null ? null : numberCell(v, UNIT_FORMATS[unit], 'computed'),
        ),
      ]);
    }
  }
  rows.push([]);
  rows.push([text('Cumulative probability by year', 'section')]);
  const probabilityRow = (label: string, by: Readonly<Record<string, number>>) => [
    null,
    text(label, 'label'),
    text(UNIT_LABELS.ratio, 'note'),
    ...years.map((year) => numberCell(by[String(year)] ?? 0, UNIT_FORMATS.ratio, 'computed')),
  ];
  rows.push(probabilityRow('Runway ended (a funding gap opened)', result.probabilities.runwayEndBy));
  rows.push(probabilityRow('Breakeven reached (operating income ≥ 0)', result.probabilities.breakevenBy));
  rows.push([]);
  rows.push(...fanDataRows(result));
  return {
    name: 'Risk',
    rows,
    width: gridWidth(rows),
    columnWidths: [36, 40, 8, ...years.map(() => 11)],
    freeze: { rows: HEADER_ROW, columns: 3 },
    validations: [],
  };
};

/** The lines a fan chart is drawn for: revenue, free cash flow and cash, each with its bands and median. */
export const FAN_LINES = [
  'revenue.total',
  'freeCashFlow',
  'cash.end',
] as const satisfies readonly SimulatedLine[];

/** A fan's stacked series: the lowest percentile (an invisible base), then each band's width above the one below. */
const FAN_PARTS = [
  { name: 'P5 (base)', from: null, to: 'p5', role: 'base', color: 'FFFFFF' },
  { name: 'P5–P25', from: 'p5', to: 'p25', role: 'band', color: 'BDD7EE' },
  { name: 'P25–P75', from: 'p25', to: 'p75', role: 'band', color: '5B9BD5' },
  { name: 'P75–P95', from: 'p75', to: 'p95', role: 'band', color: 'BDD7EE' },
] as const;

/** The first row of the fan data section: after the lines, their probabilities and a blank row. */
const FAN_SECTION_ROW = percentileRow(SIMULATED_LINES.length, 0) + 4;
/** Rows per fan line in the data section: a label row, then its parts. */
const ROWS_PER_FAN = 1 + FAN_PARTS.length;

function fanDataRow(fan: number, part: number): number {
  return FAN_SECTION_ROW + 1 + fan * ROWS_PER_FAN + 1 + part;
}

/**
 * The fan charts' data: per fan line, the lowest percentile and each band's width by year, the numbers the charts
 * stack (a stacked area adds its series, so the bands are differences of percentiles).
 */
function fanDataRows(result: SimulationResult): (readonly (Cell | null)[])[] {
  const rows: (readonly (Cell | null)[])[] = [
    [
      text(
        'Fan chart data: the lowest percentile, then each band’s width (the charts stack them)',
        'section',
      ),
    ],
  ];
  for (const line of FAN_LINES) {
    const { label, unit } = getLine(line);
    const bands = result.percentiles[line];
    rows.push([text(`${label} (${line})`, 'label')]);
    for (const part of FAN_PARTS)
      rows.push([
        null,
        text(part.name, 'label'),
        text(UNIT_LABELS[unit], 'note'),
        ...result.years.map((_, y) => {
          const top = bands[part.to][y];
          const bottom = part.from === null ? 0 : bands[part.from][y];
          return top === null || top === undefined || bottom === null || bottom === undefined
            ? null
            : numberCell(top - bottom, UNIT_FORMATS[unit], 'computed');
        }),
      ]);
  }
  return rows;
}

/**
 * Fan charts of revenue, free cash flow and cash: the P5–P95 band (light), the P25–P75 band (dark) and the P50 line,
 * by year, stacked below the fan data. A renderer draws them as stacked areas with an invisible base and a line.
 * @example riskCharts(result).map((c) => c.title) // ['Revenue …: P5–P95, P25–P75 and P50', …]
 */
export const riskCharts = (result: SimulationResult): readonly ChartPlan[] => {
  const last = FIRST_YEAR_COLUMN + result.years.length - 1;
  const range = (row: number) =>
    qualified('Risk', `${absolute(row, FIRST_YEAR_COLUMN)}:${absolute(row, last)}`);
  const top = fanDataRow(FAN_LINES.length, 0) + 1;
  const p50 = PERCENTILES.findIndex(([key]) => key === 'p50');
  return FAN_LINES.map((line, f): ChartPlan => {
    const { label, unit } = getLine(line);
    const row = top + f * (CHART_ROWS + 1);
    return {
      sheet: 'Risk',
      title: `${label}, ${UNIT_LABELS[unit]}: P5–P95, P25–P75 and P50`,
      type: 'fan',
      categories: range(HEADER_ROW),
      series: [
        ...FAN_PARTS.map((part, k) => ({
          name: part.name,
          values: range(fanDataRow(f, k)),
          role: part.role,
          color: part.color,
        })),
        {
          name: 'P50',
          values: range(percentileRow(SIMULATED_LINES.indexOf(line), p50)),
          role: 'line' as const,
          color: '1F3864',
        },
      ],
      from: a1(row, 1),
      to: a1(row + CHART_ROWS - 1, 2),
    };
  });
};

/** Rows a fan chart covers. */
const CHART_ROWS = 18;
