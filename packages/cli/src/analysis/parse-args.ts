import { type Axis, analysisErrors, INPUT_IDS, INPUTS, isInputId, type Sampling } from '@aifin/core';
import { MAX_SEED, SAMPLINGS } from '@aifin/core/analysis';

/** Grid steps accepted per axis. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 101;
/** Paths a simulation accepts. */
export const MIN_PATHS = 100;
export const MAX_PATHS = 10_000_000;
/** Worker threads a simulation accepts. */
export const MAX_WORKERS = 64;

const WHOLE = /^\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A number as typed; NaN when it is not one (so `1e`, `0x10` and an empty string are rejected). */
const numberOf = (text: string): number => (NUMBER.test(text.trim()) ? Number(text) : Number.NaN);

/**
 * Reads `INPUT=FROM:TO:STEPS` (`--x growthFade=0.1:0.5:21`) into an axis of evenly spaced values. Every problem
 * throws an `AifinError` naming the flag and the value.
 * @example parseAxis('x', 'growthFade=0.1:0.5:5').values // [0.1, 0.2, 0.3, 0.4, 0.5]
 */
export const parseAxis = (flag: string, text: string): Axis => {
  const match = /^([^=]+)=([^:]+):([^:]+):([^:]+)$/.exec(text);
  if (match === null) throw analysisErrors.axisSyntax(flag, text);
  const [, input = '', fromText = '', toText = '', stepsText = ''] = match;
  if (!isInputId(input)) throw analysisErrors.unknownInput(flag, text, INPUT_IDS.join(', '));
  const def = INPUTS[input];
  if (def.choices) throw analysisErrors.choiceInput(flag, text);
  const from = numberOf(fromText);
  const to = numberOf(toText);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw analysisErrors.axisSyntax(flag, text);
  const steps = WHOLE.test(stepsText) ? Number(stepsText) : Number.NaN;
  if (!(steps >= MIN_STEPS && steps <= MAX_STEPS))
    throw analysisErrors.steps(flag, text, MIN_STEPS, MAX_STEPS);
  if (from >= to) throw analysisErrors.fromNotBelowTo(flag, text);
  if (from < def.min || to > def.max) throw analysisErrors.outsideBounds(flag, text, def.min, def.max);
  const values = Array.from({ length: steps }, (_, i) =>
    i === steps - 1 ? to : Number((from + ((to - from) * i) / (steps - 1)).toPrecision(12)),
  );
  if (def.integer && values.some((v) => !Number.isInteger(v))) throw analysisErrors.integerSteps(flag, text);
  return { input, values };
};

const wholeNumber = (text: string, min: number, max: number): number | null => {
  if (!WHOLE.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
};

/** `--paths`: a whole number from 100 to 10,000,000. @example parsePaths('100000') // 100000 */
export const parsePaths = (text: string): number => {
  const n = wholeNumber(text, MIN_PATHS, MAX_PATHS);
  if (n === null) throw analysisErrors.paths(text, MIN_PATHS, MAX_PATHS);
  return n;
};

/** `--seed`: a non-negative whole number that fits the generator's 32 bits. @example parseSeed('42') // 42 */
export const parseSeed = (text: string): number => {
  const n = wholeNumber(text, 0, MAX_SEED);
  if (n === null) throw analysisErrors.seed(text, MAX_SEED);
  return n;
};

/** `--workers`: 1 runs in the main thread; more run worker threads. @example parseWorkers('2') // 2 */
export const parseWorkers = (text: string): number => {
  const n = wholeNumber(text, 1, MAX_WORKERS);
  if (n === null) throw analysisErrors.workers(text, MAX_WORKERS);
  return n;
};

/** `--sampling`: lhs (Latin hypercube, the default) or mc. @example parseSampling('mc') // 'mc' */
export function parseSampling(text: string): Sampling {
  if (!(SAMPLINGS as readonly string[]).includes(text)) throw analysisErrors.sampling(text, SAMPLINGS);
  return text as Sampling;
}

/** One scenario of a mixture as typed: a built-in name or a scenario file, and its weight. */
export interface MixEntry {
  readonly ref: string;
  readonly weight: number;
}

const WEIGHT = /^(\d+\.?\d*|\.\d+)$/;

/**
 * `--mix bear:1,base:2,bull:1`: two or more scenarios, each once, with positive weights (the last `:` splits, so a
 * file path may hold one).
 * @example parseMix('bear:1,base:2') // [{ ref: 'bear', weight: 1 }, { ref: 'base', weight: 2 }]
 */
export function parseMix(text: string): readonly MixEntry[] {
  const entries = text.split(',').map((part) => {
    const at = part.lastIndexOf(':');
    const ref = part.slice(0, at).trim();
    const weightText = part.slice(at + 1).trim();
    const weight = WEIGHT.test(weightText) ? Number(weightText) : Number.NaN;
    if (at <= 0 || ref === '' || !(weight > 0) || !Number.isFinite(weight))
      throw analysisErrors.mixSyntax(text);
    return { ref, weight };
  });
  if (entries.length < 2) throw analysisErrors.mixSyntax(text);
  const seen = new Set<string>();
  for (const { ref } of entries) {
    if (seen.has(ref)) throw analysisErrors.mixTwice(text, ref);
    seen.add(ref);
  }
  return entries;
}
