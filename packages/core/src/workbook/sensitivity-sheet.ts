import type { Metric } from '../analysis/metric.js';
import { sensitivityGrid, type Tornado, tornado } from '../analysis/sensitivity.js';
import type { Model } from '../model/compile-model.js';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import { INPUTS, type InputId } from '../model/inputs.js';
import { getLine } from '../model/lines.js';
import { NOT_REACHED } from '../model/scalar-formulas.js';
import { inputRanges } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Unit } from '../units.js';
import { a1 } from './address.js';
import { gridWidth, numberCell, text } from './cells.js';
import type { Cell, ColorScale, SheetPlan } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

/** Steps across each input's range in a grid: both ends and nine points between. */
export const GRID_STEPS = 11;

/** Excel's red–yellow–green scale: low is bad for both metrics (an earlier runway end, less cash). */
const SCALE = { low: 'F8696B', mid: 'FFEB84', high: '63BE7B' } as const;

type Rows = (readonly (Cell | null)[])[];

const valueCell = (value: number | null, unit: Unit): Cell =>
  value === null ? text(NOT_REACHED, 'computed') : numberCell(value, UNIT_FORMATS[unit], 'computed');

const steps = (low: number, high: number, integer: boolean): number[] => {
  const values = Array.from({ length: GRID_STEPS }, (_, i) =>
    i === GRID_STEPS - 1 ? high : Number((low + ((high - low) * i) / (GRID_STEPS - 1)).toPrecision(12)),
  );
  return integer ? [...new Set(values.map(Math.round))] : values;
};

const tornadoRows = (result: Tornado, title: string, unit: Unit): Rows => [
  [text(title, 'section')],
  [
    text('Rank', 'header'),
    text('Input', 'header'),
    text('Low', 'header'),
    text('High', 'header'),
    text('Metric at low', 'header'),
    text('Metric at high', 'header'),
    text('Swing', 'header'),
  ],
  ...result.bars.map((bar, i) => [
    numberCell(i + 1, '0', 'label'),
    text(bar.input, 'label'),
    numberCell(bar.low, 'General', 'computed'),
    numberCell(bar.high, 'General', 'computed'),
    valueCell(bar.atLow, unit),
    valueCell(bar.atHigh, unit),
    numberCell(bar.swing, unit === 'year' ? '0' : UNIT_FORMATS[unit], 'computed'),
  ]),
  [],
];

/**
 * The Sensitivity sheet for the live scenario, computed at build time (grey values: a grid of live formulas would
 * need Excel data tables, which neither LibreOffice nor ExcelJS write faithfully): a tornado for the runway and for
 * cash at the end of 2030 (or the horizon's last year), each input at its range's low and high end; then, for each
 * metric, a grid over the two inputs that move it most, with a red–yellow–green colour scale.
 */
export const buildSensitivitySheet = (scenario: Scenario, model: Model = BUILTIN_MODEL): SheetPlan => {
  const ranges = inputRanges(scenario);
  const cashYear = Math.min(2030, model.lastActualYear + scenario.horizon);
  // Metrics built directly rather than parsed: the sheet never sees user text (and the pane skips the parser).
  const metrics: readonly { metric: Metric; title: string; unit: Unit }[] = [
    {
      metric: { kind: 'summary', key: 'runwayEndYear', text: 'runwayEndYear' },
      title: 'Runway ends (first year a funding gap opens)',
      unit: 'year',
    },
    {
      metric: { kind: 'line', id: 'cash.end', year: cashYear, text: `cash.end@${cashYear}` },
      title: `Cash at end of ${cashYear}`,
      unit: getLine('cash.end').unit,
    },
  ];
  const rows: Rows = [
    [text(`Sensitivity of scenario ${scenario.name}`, 'title')],
    [
      text(
        'Computed by aifin when this workbook was built (grey): each input moves within its low–high range (Assumptions' +
          ' rationale; aifin project --json lists the ranges) while the others stay at the scenario’s values. "not reached": beyond the horizon.',
        'note',
      ),
    ],
    [],
  ];
  const scales: ColorScale[] = [];
  const tornadoes = metrics.map((m) => tornado(scenario, m.metric, ranges, model));
  metrics.forEach((m, i) => {
    rows.push(...tornadoRows(tornadoes[i] as Tornado, `Tornado: ${m.title}`, m.unit));
  });
  metrics.forEach((m, i) => {
    const [first, second] = (tornadoes[i] as Tornado).bars;
    if (first === undefined || second === undefined) return;
    const axis = (input: InputId, low: number, high: number) => ({
      input,
      values: steps(low, high, INPUTS[input].integer === true),
    });
    const x = axis(first.input, first.low, first.high);
    const y = axis(second.input, second.low, second.high);
    const result = sensitivityGrid(scenario, m.metric, x, y, model);
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
  });
  return {
    name: 'Sensitivity',
    rows,
    width: gridWidth(rows),
    columnWidths: [26, 24, ...Array<number>(GRID_STEPS - 1).fill(11)],
    freeze: { rows: 0, columns: 0 },
    validations: [],
    conditionalFormats: scales,
  };
};
