import { MAX_SEED } from '../../analysis/path-stream.js';
import { analysisErrors } from '../../errors/analysis-messages.js';
import { isCompiledModel, type Model } from '../../model/compile-model.js';
import { INPUT_IDS, INPUTS, type InputId, isInputId } from '../../model/inputs.js';
import { LINE_IDS } from '../../model/line-ids.js';
import { SUMMARY_FIGURES } from '../../model/summary.js';

/** The most paths one run may have: its selection columns and ranks are indexed by 32-bit integers. */
export const MAX_ANALYSIS_PATHS = 2 ** 31 - 1;

const SUMMARY_KEYS: readonly string[] = SUMMARY_FIGURES.map((figure) => figure.key);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A model handed to an analysis entry point: one `compileModel` made (`BUILTIN_MODEL`, `modelForFacts(set)`), or a
 * `TypeError` naming the caller.
 * @example assertModel(BUILTIN_MODEL, 'tornado()')
 */
export function assertModel(model: unknown, caller: string): asserts model is Model {
  if (!isCompiledModel(model))
    throw new TypeError(
      `${caller} needs a model made by compileModel() or modelForFacts(), got ${typeof model}`,
    );
}

/**
 * A metric handed to an analysis entry point, checked as `parseMetric` checks text: a known summary figure, or a
 * known line in one of the model's `years`. A metric that is not a metric object is a programmer's `TypeError`.
 * @example assertMetric(parseMetric('cash.end@2030', 5), BUILTIN_MODEL.yearsFor(5), 'tornado()')
 */
export function assertMetric(metric: unknown, years: readonly number[], caller: string): void {
  if (!isRecord(metric) || typeof metric.text !== 'string')
    throw new TypeError(`${caller} needs a metric (see parseMetric), got ${typeof metric}`);
  const known = SUMMARY_KEYS.join(', ');
  if (metric.kind === 'summary') {
    if (typeof metric.key !== 'string' || !SUMMARY_KEYS.includes(metric.key))
      throw analysisErrors.unknownMetric(String(metric.key), known);
    return;
  }
  if (metric.kind !== 'line') throw new TypeError(`${caller} needs a metric of kind "summary" or "line"`);
  if (typeof metric.id !== 'string' || !(LINE_IDS as readonly string[]).includes(metric.id))
    throw analysisErrors.unknownMetric(String(metric.id), known);
  if (typeof metric.year !== 'number') throw new TypeError(`${caller} needs a metric year that is a number`);
  const first = years[0] as number;
  const last = years.at(-1) as number;
  if (!Number.isInteger(metric.year) || metric.year < first || metric.year > last)
    throw analysisErrors.metricYear(metric.text, first, last);
}

/** A value an input takes in an analysis: finite, within its bounds, whole where the input is whole. */
function assertInputValue(flag: string, input: InputId, value: unknown): void {
  if (typeof value !== 'number') throw new TypeError(`${flag}: ${input} needs numbers, got ${typeof value}`);
  const { min, max, integer } = INPUTS[input];
  if (!Number.isFinite(value) || value < min || value > max)
    throw analysisErrors.outsideBounds(flag, `${input}=${value}`, min, max);
  if (integer && !Number.isInteger(value)) throw analysisErrors.integerSteps(flag, `${input}=${value}`);
}

/** A numeric input an analysis varies: known, and a quantity (a choice between readings is not varied). */
function assertVariedInput(flag: string, input: unknown): asserts input is InputId {
  if (typeof input !== 'string') throw new TypeError(`${flag} needs an input id, got ${typeof input}`);
  if (!isInputId(input)) throw analysisErrors.unknownInput(flag, input, INPUT_IDS.join(', '));
  if (INPUTS[input].choices) throw analysisErrors.choiceInput(flag, input);
}

/**
 * A grid axis: a known numeric input and a list of values within its bounds.
 * @example assertAxis({ input: 'growthFade', values: [0.1, 0.3] }, 'x')
 */
export function assertAxis(axis: unknown, flag: string): void {
  if (!isRecord(axis) || !Array.isArray(axis.values))
    throw new TypeError(`${flag} needs an axis { input, values }, got ${typeof axis}`);
  assertVariedInput(flag, axis.input);
  for (const value of axis.values) assertInputValue(flag, axis.input, value);
}

/**
 * A tornado's ranges: per input, null (not varied) or a low ≤ high within the input's bounds, as `inputRanges`
 * gives them.
 * @example assertRanges(inputRanges(BUILTIN_SCENARIOS.base), 'tornado()')
 */
export function assertRanges(ranges: unknown, caller: string): void {
  if (!isRecord(ranges)) throw new TypeError(`${caller} needs ranges per input (see inputRanges)`);
  for (const key of Object.keys(ranges))
    if (!isInputId(key)) throw analysisErrors.unknownInput('range', key, INPUT_IDS.join(', '));
  for (const input of INPUT_IDS) {
    const range = ranges[input];
    if (range === null || range === undefined) continue;
    if (!isRecord(range)) throw new TypeError(`${caller} needs a range { low, high } or null for ${input}`);
    assertInputValue('range', input, range.low);
    assertInputValue('range', input, range.high);
    if ((range.low as number) > (range.high as number))
      throw analysisErrors.fromNotBelowTo('range', `${input}=${range.low}:${range.high}`);
  }
}

/**
 * A run's path count and seed: whole numbers, paths from 1 to `MAX_ANALYSIS_PATHS`, seed from 0 to `MAX_SEED`.
 * @example assertPathsAndSeed(10_000, 7, 'simulateStreaming()')
 */
export function assertPathsAndSeed(paths: unknown, seed: unknown, caller: string): void {
  if (typeof paths !== 'number')
    throw new TypeError(`${caller} needs paths as a number, got ${typeof paths}`);
  if (!Number.isInteger(paths) || paths < 1 || paths > MAX_ANALYSIS_PATHS)
    throw analysisErrors.paths(String(paths), 1, MAX_ANALYSIS_PATHS);
  if (seed === undefined) return;
  if (typeof seed !== 'number') throw new TypeError(`${caller} needs a seed as a number, got ${typeof seed}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    throw analysisErrors.seed(String(seed), MAX_SEED);
}
