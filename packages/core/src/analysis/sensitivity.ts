import { analysisErrors } from '../errors/analysis-messages.js';
import { assertAxis, assertMetric, assertRanges } from '../internal/analysis/assert-analysis-request.js';
import type { Model } from '../model/compile-model.js';
import { BUILTIN_MODEL, type EvaluationRequest } from '../model/evaluate.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import type { InputRange } from '../scenarios/input-ranges.js';
import { analysisFrame } from './analysis-frame.js';
import { type Metric, readMetric } from './metric.js';

/** One axis of a grid: an input and the values it takes (trusted: validated at the edge). */
export interface Axis {
  readonly input: InputId;
  readonly values: readonly number[];
}

/** A two-way grid: `grid[yIndex][xIndex]`, null where the metric is not reached. */
export interface SensitivityGrid {
  readonly scenario: string;
  readonly metric: string;
  readonly x: Axis;
  readonly y: Axis;
  readonly grid: readonly (readonly (number | null)[])[];
}

const slotOf = (input: InputId): number => INPUT_IDS.indexOf(input);

/**
 * A metric over every pair of two inputs' values, the scenario's other inputs fixed. One set of buffers serves
 * every cell.
 * @example sensitivityGrid(base, parseMetric('runwayEndYear', 5), { input: 'growthFade', values: [0.1, 0.3] }, …)
 */
export const sensitivityGrid = (
  scenario: EvaluationRequest,
  metric: Metric,
  x: Axis,
  y: Axis,
  model: Model = BUILTIN_MODEL,
): SensitivityGrid => {
  const frame = analysisFrame(model, scenario);
  assertMetric(metric, frame.years, 'sensitivityGrid()');
  assertAxis(x, 'x');
  assertAxis(y, 'y');
  if (x.input === y.input) throw analysisErrors.sameAxis(x.input);
  const xSlot = slotOf(x.input);
  const ySlot = slotOf(y.input);
  const grid = y.values.map((yValue) =>
    x.values.map((xValue) => {
      frame.inputs[ySlot] = yValue;
      frame.inputs[xSlot] = xValue;
      frame.run();
      return readMetric(frame, metric);
    }),
  );
  return { scenario: scenario.name, metric: metric.text, x, y, grid };
};

/** One bar of a tornado: the metric with an input at the low and at the high end of its range. */
export interface TornadoBar {
  readonly input: InputId;
  readonly low: number;
  readonly high: number;
  readonly atLow: number | null;
  readonly atHigh: number | null;
  /** |atHigh − atLow|, a metric not reached counted as the year after the horizon; what the bars are ranked by. */
  readonly swing: number;
  /**
   * How far the metric moves from the scenario's value with the input at its low / high end, counted like `swing`:
   * the two halves of the bar a tornado chart draws either side of the scenario's value.
   */
  readonly changeAtLow: number;
  readonly changeAtHigh: number;
}

/** A tornado: the metric at the scenario's values, and one bar per ranged input, largest swing first. */
export interface Tornado {
  readonly scenario: string;
  readonly metric: string;
  readonly base: number | null;
  readonly bars: readonly TornadoBar[];
}

/**
 * Each input at its range's low and high end, the others at the scenario's values, ranked by how far the metric
 * moves (ties keep input order, so the ranking is stable). Inputs without a range (a choice) are left out. A year
 * metric not reached (no funding gap within the horizon) ranks as the year after the horizon, and shows as null.
 * @example tornado(base, parseMetric('cash.end@2030', 5), inputRanges(base)).bars[0].input
 */
export const tornado = (
  scenario: EvaluationRequest,
  metric: Metric,
  ranges: Readonly<Record<InputId, InputRange | null>>,
  model: Model = BUILTIN_MODEL,
): Tornado => {
  const frame = analysisFrame(model, scenario);
  assertMetric(metric, frame.years, 'tornado()');
  assertRanges(ranges, 'tornado()');
  const beyond = (frame.years.at(-1) as number) + 1;
  frame.run();
  const base = readMetric(frame, metric);
  const change = (value: number | null) => (value ?? beyond) - (base ?? beyond);
  const bars: TornadoBar[] = [];
  INPUT_IDS.forEach((input, slot) => {
    const range = ranges[input];
    if (range === null || range.low === range.high) return;
    const at = (value: number): number | null => {
      frame.inputs[slot] = value;
      frame.run();
      return readMetric(frame, metric);
    };
    const atLow = at(range.low);
    const atHigh = at(range.high);
    frame.inputs[slot] = frame.baseInputs[slot] as number;
    bars.push({
      input,
      low: range.low,
      high: range.high,
      atLow,
      atHigh,
      swing: Math.abs((atHigh ?? beyond) - (atLow ?? beyond)),
      changeAtLow: change(atLow),
      changeAtHigh: change(atHigh),
    });
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { scenario: scenario.name, metric: metric.text, base, bars };
};
