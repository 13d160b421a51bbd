import { PERCENTILES, SIMULATED_LINES, type SimulationResult } from '../analysis/simulate.js';
import { getLine } from '../model/lines.js';
import { UNIT_LABELS } from '../units.js';
import { a1, absolute, qualified } from './address.js';
import { gridWidth, numberCell, text } from './cells.js';
import type { Cell, ChartPlan, SheetPlan } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

const HEADER_ROW = 4;
const FIRST_YEAR_COLUMN = 4;
/** Rows per line: a section row, then P5 … P95. */
const ROWS_PER_LINE = 1 + PERCENTILES.length;

/** The row of a line's percentile on the Risk sheet. */
const percentileRow = (lineIndex: number, percentileIndex: number): number =>
  HEADER_ROW + 1 + lineIndex * ROWS_PER_LINE + 1 + percentileIndex;

/**
 * The Risk sheet: a simulation's percentiles by year for every simulated line, and the cumulative probabilities
 * that the runway has ended and that breakeven has come by each year. Values computed at build time (grey).
 * @example buildRiskSheet(result) // { name: 'Risk', rows: [...] }
 */
export const buildRiskSheet = (result: SimulationResult, description: string): SheetPlan => {
  const { years } = result;
  const rows: (readonly (Cell | null)[])[] = [
    [
      text(
        `Risk: ${result.paths.toLocaleString('en-US')} simulated paths of ${
          result.mixture === null
            ? `scenario ${result.scenario}`
            : `a mixture of scenarios by weight: ${result.mixture.map((m) => `${m.scenario} × ${m.weight}`).join(', ')}`
        }`,
        'title',
      ),
    ],
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
  return {
    name: 'Risk',
    rows,
    width: gridWidth(rows),
    columnWidths: [36, 40, 8, ...years.map(() => 11)],
    freeze: { rows: HEADER_ROW, columns: 3 },
    validations: [],
  };
};

/** Fan charts of ARR and cash: the P10, P50 and P90 lines by year. */
export const riskCharts = (result: SimulationResult): readonly ChartPlan[] => {
  const last = FIRST_YEAR_COLUMN + result.years.length - 1;
  const range = (row: number) =>
    qualified('Risk', `${absolute(row, FIRST_YEAR_COLUMN)}:${absolute(row, last)}`);
  const below = percentileRow(SIMULATED_LINES.length, 0) + 4;
  const fan = (line: (typeof SIMULATED_LINES)[number], title: string, column: number): ChartPlan => {
    const l = SIMULATED_LINES.indexOf(line);
    const index = (key: string) => PERCENTILES.findIndex(([k]) => k === key);
    return {
      sheet: 'Risk',
      title,
      type: 'line',
      categories: range(HEADER_ROW),
      series: (['p10', 'p50', 'p90'] as const).map((key) => ({
        name: key.toUpperCase(),
        values: range(percentileRow(l, index(key))),
      })),
      from: a1(below, column),
      to: a1(below + 12, column + 6),
    };
  };
  return [
    fan('arr.total', 'ARR, P10–P90 (USD B)', 1),
    fan('cash.end', 'Cash at year end, P10–P90 (USD B)', 8),
  ];
};
