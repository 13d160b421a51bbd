import { assertModel } from '../internal/analysis/assert-analysis-request.js';
import { assertEvaluationRequest } from '../internal/model/assert-evaluation-request.js';
import type { Model } from '../model/compile-model.js';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import { INPUTS, type InputId } from '../model/inputs.js';
import { SUMMARY_FIGURES } from '../model/summary.js';
import { inputRanges } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Unit } from '../units.js';
import { DEFAULT_SENSITIVITY_METRICS, type Metric } from './metric.js';
import { type SensitivityGrid, sensitivityGrid, type Tornado, tornado } from './sensitivity.js';

/** Steps across each input's range in a grid: both ends and nine points between. */
export const GRID_STEPS = 11;

/** One metric the study looks at: its tornado, and the grid over the two inputs that move it most. */
export interface StudiedMetric {
  readonly metric: Metric;
  /** What the metric is, as a heading says it ("Cash at end of 2030"). */
  readonly title: string;
  readonly unit: Unit;
  readonly tornado: Tornado;
  /** Null when fewer than two inputs move the metric at all. */
  readonly grid: SensitivityGrid | null;
}

/** The sensitivity study of one scenario: what the Sensitivity sheet shows, computed where the caller likes. */
export interface SensitivityStudy {
  readonly scenario: string;
  readonly metrics: readonly StudiedMetric[];
}

const steps = (low: number, high: number, integer: boolean): number[] => {
  const values = Array.from({ length: GRID_STEPS }, (_, i) =>
    i === GRID_STEPS - 1 ? high : Number((low + ((high - low) * i) / (GRID_STEPS - 1)).toPrecision(12)),
  );
  return integer ? [...new Set(values.map(Math.round))] : values;
};

/**
 * The metrics studied: the default sensitivity metrics (`DEFAULT_SENSITIVITY_METRICS`), figures every input moves;
 * cash at year end sits on the minimum-cash floor, where funding inputs would show no swing.
 */
function studiedMetrics(scenario: Scenario, model: Model): { metric: Metric; title: string; unit: Unit }[] {
  const horizonEnd = model.lastActualYear + scenario.horizon;
  // Metrics built directly rather than parsed: the study never sees user text (and the pane skips the parser).
  return DEFAULT_SENSITIVITY_METRICS.map((key) => {
    const figure = SUMMARY_FIGURES.find((f) => f.key === key);
    if (figure === undefined) throw new Error(`no summary figure ${key}`);
    return {
      metric: { kind: 'summary', key, text: key },
      title: figure.label(horizonEnd),
      unit: figure.unit,
    };
  });
}

/**
 * The scenario's sensitivity study: for the runway and for 2030 cash, a tornado (each input at its range's low and
 * high end, the others at the scenario's values), then a GRID_STEPS × GRID_STEPS grid over the two inputs that move
 * that metric most. `onStep` hears after each tornado and grid (4 steps), so a worker can report progress.
 * @example sensitivityStudy(BUILTIN_SCENARIOS.base).metrics[1].tornado.bars[0].input
 */
export const sensitivityStudy = (
  scenario: Scenario,
  model: Model = BUILTIN_MODEL,
  onStep: (done: number, total: number) => void = () => {},
): SensitivityStudy => {
  assertModel(model, 'sensitivityStudy()');
  assertEvaluationRequest(scenario);
  if (typeof onStep !== 'function') throw new TypeError('sensitivityStudy() needs onStep to be a function');
  const ranges = inputRanges(scenario);
  const wanted = studiedMetrics(scenario, model);
  const total = wanted.length * 2;
  let done = 0;
  const step = () => onStep(++done, total);
  const tornadoes = wanted.map((m) => {
    const result = tornado(scenario, m.metric, ranges, model);
    step();
    return result;
  });
  const metrics = wanted.map((m, i): StudiedMetric => {
    const found = tornadoes[i] as Tornado;
    const [first, second] = found.bars;
    const axis = (input: InputId, low: number, high: number) => ({
      input,
      values: steps(low, high, INPUTS[input].integer === true),
    });
    const grid =
      first === undefined || second === undefined
        ? null
        : sensitivityGrid(
            scenario,
            m.metric,
            axis(first.input, first.low, first.high),
            axis(second.input, second.low, second.high),
            model,
          );
    step();
    return { ...m, tornado: found, grid };
  });
  return { scenario: scenario.name, metrics };
};
