import { deepFreeze } from '../internal/deep-freeze.js';
import { showValue } from '../internal/errors/show-value.js';
import { AifinError } from './aifin-error.js';

const invalid = (message: string) => new AifinError('ANALYSIS_INVALID', message);

/**
 * Every message a user reads about a sensitivity or simulation request: each names the flag and the value.
 * Kept beside `messages.ts` (one place for user-facing messages) in a file of its own, so analysis grows apart.
 * @example throw analysisErrors.unknownMetric('cash@2030', 'runwayEndYear, …') // metric = "cash@2030": …
 */
export const analysisErrors = /* @__PURE__ */ deepFreeze({
  /** An input name (`value`, given to `flag`) that is not a model input; `known` lists them. */
  unknownInput: (flag: string, value: string, known: string) =>
    invalid(`${flag} = ${showValue(value)}: unknown input: use one of ${known}`),
  /** A choice input (a reading of the sources) named where a quantity to vary is needed. */
  choiceInput: (flag: string, value: string) =>
    invalid(
      `${flag} = ${showValue(value)}: is a choice between readings of the sources, not a quantity to vary`,
    ),
  /** A metric that is neither a summary figure nor `<line>@<year>`; `known` lists the figures. */
  unknownMetric: (value: string, known: string) =>
    invalid(
      `metric = ${showValue(value)}: use a summary figure (${known}) or <line>@<year>, e.g. cash.end@2030`,
    ),
  /** A `<line>@<year>` metric whose year lies outside the model's years, `first` to `last`. */
  metricYear: (value: string, first: number, last: number) =>
    invalid(`metric = ${showValue(value)}: the year must be within the model's years, ${first}–${last}`),
  /** An axis not written `INPUT=FROM:TO:STEPS`. */
  axisSyntax: (flag: string, value: string) =>
    invalid(`${flag} = ${showValue(value)}: must be INPUT=FROM:TO:STEPS, e.g. growthFade=0.1:0.5:21`),
  /** An axis whose step count is not a whole number from `min` to `max`. */
  steps: (flag: string, value: string, min: number, max: number) =>
    invalid(`${flag} = ${showValue(value)}: STEPS must be a whole number from ${min} to ${max}`),
  /** An axis whose FROM is not below its TO. */
  fromNotBelowTo: (flag: string, value: string) =>
    invalid(`${flag} = ${showValue(value)}: FROM must be below TO`),
  /** An axis that reaches outside its input's bounds, `min` to `max`. */
  outsideBounds: (flag: string, value: string, min: number, max: number) =>
    invalid(`${flag} = ${showValue(value)}: the range must lie within the input's bounds, ${min} to ${max}`),
  /** An axis over a whole-number input whose steps are not whole numbers. */
  integerSteps: (flag: string, value: string) =>
    invalid(`${flag} = ${showValue(value)}: a whole-number input needs whole-number steps from FROM to TO`),
  /** A path count that is not a whole number from `min` to `max`. */
  paths: (value: string, min: number, max: number) =>
    invalid(`paths = ${showValue(value)}: must be a whole number from ${min} to ${max}`),
  /** A seed that is not a whole number from 0 to `max` (`MAX_SEED`). */
  seed: (value: string, max: number) =>
    invalid(`seed = ${showValue(value)}: must be a whole number from 0 to ${max}`),
  /** A worker count that is not a whole number from 1 to `max`. */
  workers: (value: string, max: number) =>
    invalid(`workers = ${showValue(value)}: must be a whole number from 1 to ${max}`),
  /** A simulation of `paths` paths that does not fit the process's memory limits. */
  outOfMemory: (paths: number) =>
    invalid(
      `simulate: not enough memory for ${paths} paths under this process's limits: raise them (ulimit -v) or run fewer paths`,
    ),
  /** A distribution that is not one of `known` (`DISTRIBUTIONS`). */
  distribution: (value: string, known: readonly string[]) =>
    invalid(`distribution = ${showValue(value)}: use one of ${known.join(', ')}`),
  /** A sampling method that is not one of `known` (`SAMPLINGS`). */
  sampling: (value: string, known: readonly string[]) =>
    invalid(`sampling = ${showValue(value)}: use one of ${known.join(', ')}`),
  /** A mixture not written `SCENARIO:WEIGHT,…` with two or more scenarios and positive weights. */
  mixSyntax: (value: string) =>
    invalid(
      `mix = ${showValue(value)}: must be SCENARIO:WEIGHT,… with two or more scenarios and positive weights, e.g. bear:1,base:2,bull:1`,
    ),
  /** A mixture that names one scenario twice. */
  mixTwice: (value: string, name: string) =>
    invalid(`mix = ${showValue(value)}: names ${showValue(name)} twice: give each scenario once`),
  /** A mixture given together with a scenario: the mixture chooses the scenarios itself. */
  mixWithScenario: () => invalid('--mix chooses the scenarios itself: give --mix or --scenario, not both'),
  /** A mixture of scenarios whose horizons differ, with no horizon given for all. */
  mixHorizon: (first: string, other: string) =>
    invalid(
      `mix: ${showValue(first)} and ${showValue(other)} have different horizons: give --horizon N to set one for all`,
    ),
  /** A paths file that cannot be written; `problem` says why. */
  pathsOut: (value: string, problem: string) => invalid(`paths-out = ${showValue(value)}: ${problem}`),
  /** A sensitivity grid whose two axes vary the same input. */
  sameAxis: (input: string) => invalid(`x and y both vary ${showValue(input)}: choose two different inputs`),
  /** A seed given without a simulation to seed. */
  seedWithoutSimulate: () => invalid('--seed is the seed of --simulate: give --simulate N as well'),
  /** A required flag that was not given. */
  missingFlag: (flag: string) => invalid(`${flag} is required`),
} as const);
