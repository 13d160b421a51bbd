import { deepFreeze } from '../deep-freeze.js';
import { AifinError } from './aifin-error.js';
import { showValue } from './show-value.js';

const invalid = (message: string) => new AifinError('ANALYSIS_INVALID', message);

/**
 * Every message a user reads about a sensitivity or simulation request: each names the flag and the value.
 * Kept beside `messages.ts` (one place for user-facing messages) in a file of its own, so analysis grows apart.
 * @example throw analysisErrors.unknownMetric('cash@2030', 'runwayEndYear, …') // metric = "cash@2030": …
 */
export const analysisErrors = /* @__PURE__ */ deepFreeze({
  unknownInput: (flag: string, value: string, known: string) =>
    invalid(`${flag} = ${showValue(value)}: unknown input: use one of ${known}`),
  choiceInput: (flag: string, value: string) =>
    invalid(
      `${flag} = ${showValue(value)}: is a choice between readings of the sources, not a quantity to vary`,
    ),
  unknownMetric: (value: string, known: string) =>
    invalid(
      `metric = ${showValue(value)}: use a summary figure (${known}) or <line>@<year>, e.g. cash.end@2030`,
    ),
  metricYear: (value: string, first: number, last: number) =>
    invalid(`metric = ${showValue(value)}: the year must be within the model's years, ${first}–${last}`),
  axisSyntax: (flag: string, value: string) =>
    invalid(`${flag} = ${showValue(value)}: must be INPUT=FROM:TO:STEPS, e.g. growthFade=0.1:0.5:21`),
  steps: (flag: string, value: string, min: number, max: number) =>
    invalid(`${flag} = ${showValue(value)}: STEPS must be a whole number from ${min} to ${max}`),
  fromNotBelowTo: (flag: string, value: string) =>
    invalid(`${flag} = ${showValue(value)}: FROM must be below TO`),
  outsideBounds: (flag: string, value: string, min: number, max: number) =>
    invalid(`${flag} = ${showValue(value)}: the range must lie within the input's bounds, ${min} to ${max}`),
  integerSteps: (flag: string, value: string) =>
    invalid(`${flag} = ${showValue(value)}: a whole-number input needs whole-number steps from FROM to TO`),
  paths: (value: string, min: number, max: number) =>
    invalid(`paths = ${showValue(value)}: must be a whole number from ${min} to ${max}`),
  seed: (value: string, max: number) =>
    invalid(`seed = ${showValue(value)}: must be a whole number from 0 to ${max}`),
  workers: (value: string, max: number) =>
    invalid(`workers = ${showValue(value)}: must be a whole number from 1 to ${max}`),
  outOfMemory: (paths: number) =>
    invalid(
      `simulate: not enough memory for ${paths} paths under this process's limits: raise them (ulimit -v) or run fewer paths`,
    ),
  distribution: (value: string, known: readonly string[]) =>
    invalid(`distribution = ${showValue(value)}: use one of ${known.join(', ')}`),
  sampling: (value: string, known: readonly string[]) =>
    invalid(`sampling = ${showValue(value)}: use one of ${known.join(', ')}`),
  mixSyntax: (value: string) =>
    invalid(
      `mix = ${showValue(value)}: must be SCENARIO:WEIGHT,… with two or more scenarios and positive weights, e.g. bear:1,base:2,bull:1`,
    ),
  mixTwice: (value: string, name: string) =>
    invalid(`mix = ${showValue(value)}: names ${showValue(name)} twice: give each scenario once`),
  mixWithScenario: () => invalid('--mix chooses the scenarios itself: give --mix or --scenario, not both'),
  mixHorizon: (first: string, other: string) =>
    invalid(
      `mix: ${showValue(first)} and ${showValue(other)} have different horizons: give --horizon N to set one for all`,
    ),
  pathsOut: (value: string, problem: string) => invalid(`paths-out = ${showValue(value)}: ${problem}`),
  sameAxis: (input: string) => invalid(`x and y both vary ${showValue(input)}: choose two different inputs`),
  seedWithoutSimulate: () => invalid('--seed is the seed of --simulate: give --simulate N as well'),
  missingFlag: (flag: string) => invalid(`${flag} is required`),
} as const);
