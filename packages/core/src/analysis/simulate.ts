import { deepFreeze } from '../deep-freeze.js';
import { analysisErrors } from '../errors/analysis-messages.js';
import type { Fact } from '../facts/fact.js';
import { assertEvaluationRequest } from '../model/assert-evaluation-request.js';
import type { Model } from '../model/compile-model.js';
import type { EvaluationRequest } from '../model/evaluate.js';
import { INPUT_IDS, INPUTS } from '../model/inputs.js';
import type { LineId } from '../model/line-ids.js';
import { inputRanges } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import { type AnalysisFrame, analysisFrame } from './analysis-frame.js';
import { assertModel } from './assert-analysis-request.js';
import {
  DISTRIBUTIONS,
  type Distribution,
  draw,
  type Sampler,
  sampler,
  type Uniform,
} from './distributions.js';
import { factRanges } from './fact-ranges.js';
import { percentilesInto } from './percentile-inc.js';

/** The lines a simulation reports percentiles of. */
export const SIMULATED_LINES = /* @__PURE__ */ deepFreeze([
  'arr.total',
  'revenue.total',
  'operatingIncome',
  'freeCashFlow',
  'cash.end',
  'valuation.ev',
  'funding.gap',
  'equityValue',
] as const satisfies readonly LineId[]);

export type SimulatedLine = (typeof SIMULATED_LINES)[number];

/** The percentiles reported per line and year. */
export const PERCENTILES = /* @__PURE__ */ deepFreeze([
  ['p5', 0.05],
  ['p10', 0.1],
  ['p50', 0.5],
  ['p90', 0.9],
  ['p95', 0.95],
] as const);

export type PercentileKey = (typeof PERCENTILES)[number][0];

/** What to simulate: a scenario (its ranges), whether facts vary within their qualifier's spread, and how to draw. */
export interface SimulationRequest {
  readonly scenario: Scenario;
  /** The fact set whose qualifiers give the facts' spreads (the model's own facts; only id, kind, qualifier read). */
  readonly facts: readonly Pick<Fact, 'id' | 'kind' | 'qualifier'>[];
  /** Keep every fact at its reported value (`--hold-facts`). */
  readonly holdFacts: boolean;
  readonly distribution: Distribution;
  /** The model instance (`BUILTIN_MODEL`, or one compiled from a fact set): a worker compiles its own. */
  readonly model: Model;
}

/** A generator for one path, from the run's seed and the path's index: the same path draws the same numbers in any chunk. */
export type UniformFactory = (seed: number, path: number) => Uniform;

/** A share of the paths: `count` paths from index `start`, all drawn from `seed`. */
export interface ChunkSpec {
  readonly seed: number;
  readonly start: number;
  readonly count: number;
}

/** A chunk's raw results, plain typed arrays a worker can transfer. */
export interface SimulationChunk {
  readonly start: number;
  readonly count: number;
  /** Per simulated line, per year, per path: `samples[(line * years + year) * count + path]`. */
  readonly samples: Float64Array;
  /** Per path, the year index where a funding gap first opens, or −1. */
  readonly runwayEnd: Int16Array;
  /** Per path, the year index of the first year with operating income ≥ 0, or −1. */
  readonly breakeven: Int16Array;
}

/** One varied slot: where it sits and its low / value / high. */
export interface Varied {
  readonly slot: number;
  readonly low: number;
  readonly value: number;
  readonly high: number;
  readonly integer: boolean;
}

/** A simulation made ready once: the buffers, and which input and fact slots vary within which ranges. */
export interface PreparedSimulation {
  readonly frame: AnalysisFrame;
  readonly inputs: readonly Varied[];
  readonly facts: readonly Varied[];
  readonly distribution: Distribution;
  readonly rows: readonly number[];
  readonly firstIndex: readonly number[];
  /** Where the funding-gap and profitable flags sit, and their first modelled year index. */
  readonly gapRow: number;
  readonly gapFirst: number;
  readonly profitRow: number;
  readonly profitFirst: number;
}

/** Which input and fact slots a simulation varies, within which low / value / high: plain data a worker can take. */
export interface VariedSlots {
  readonly inputs: readonly Varied[];
  readonly facts: readonly Varied[];
}

function assertDistribution(distribution: unknown): asserts distribution is Distribution {
  if (!DISTRIBUTIONS.includes(distribution as Distribution))
    throw analysisErrors.distribution(String(distribution), DISTRIBUTIONS);
}

/** A simulation request checked as `evaluate()` checks a scenario: typed errors for values, TypeErrors for shapes. */
function assertSimulationRequest(request: unknown): asserts request is SimulationRequest {
  if (typeof request !== 'object' || request === null)
    throw new TypeError(`a simulation needs a request { scenario, facts, holdFacts, distribution, model }`);
  const { scenario, facts, holdFacts, distribution, model } = request as Record<string, unknown>;
  assertModel(model, 'a simulation');
  assertEvaluationRequest(scenario);
  if (!Array.isArray(facts)) throw new TypeError('a simulation needs facts as a list');
  if (typeof holdFacts !== 'boolean') throw new TypeError('a simulation needs holdFacts as true or false');
  assertDistribution(distribution);
}

/**
 * The slots a simulation varies: every input with a range wider than a point (a choice is held at the scenario's
 * option) and, unless held, every fact with a spread. Kept apart from `prepareSimulationFrom` so that a worker can
 * take them ready-made and leave the inputs' labels and reasons out of its bundle.
 * @example variedSlots({ scenario: base, facts: FACTS, holdFacts: false, distribution: 'pert', model })
 */
export const variedSlots = (request: SimulationRequest): VariedSlots => {
  assertSimulationRequest(request);
  const ranges = inputRanges(request.scenario);
  const inputs: Varied[] = [];
  INPUT_IDS.forEach((id, slot) => {
    const range = ranges[id];
    if (range === null || range.low === range.high) return;
    const value = request.scenario.inputs[id];
    inputs.push({ slot, low: range.low, value, high: range.high, integer: INPUTS[id].integer === true });
  });
  const facts = request.holdFacts
    ? []
    : factRanges(request.model, request.facts).map(({ slot, low, value, high }) => ({
        slot,
        low,
        value,
        high,
        integer: false,
      }));
  return { inputs, facts };
};

/**
 * Prepares a simulation from slots chosen already: the buffers and the rows the paths record.
 * @example prepareSimulationFrom(model, scenario, variedSlots(request), 'pert')
 */
export const prepareSimulationFrom = (
  model: Model,
  scenario: EvaluationRequest,
  varied: VariedSlots,
  distribution: Distribution,
): PreparedSimulation => {
  const frame = analysisFrame(model, scenario);
  assertDistribution(distribution);
  if (
    typeof varied !== 'object' ||
    varied === null ||
    !Array.isArray(varied.inputs) ||
    !Array.isArray(varied.facts)
  )
    throw new TypeError('prepareSimulationFrom() needs varied slots { inputs, facts } (see variedSlots)');
  const row = (id: LineId) => (model.rowOf.get(id) as number) * model.stride;
  return {
    frame,
    inputs: varied.inputs,
    facts: varied.facts,
    distribution,
    rows: SIMULATED_LINES.map(row),
    firstIndex: SIMULATED_LINES.map((id) => model.firstIndex.get(id) ?? 0),
    gapRow: row('flag.fundingGap'),
    gapFirst: model.firstIndex.get('flag.fundingGap') ?? 0,
    profitRow: row('flag.profitable'),
    profitFirst: model.firstIndex.get('flag.profitable') ?? 0,
  };
};

/**
 * Prepares a simulation: buffers, the varied inputs (every input with a range wider than a point; a choice is held
 * at the scenario's option) and, unless held, the varied facts.
 * @example const prepared = prepareSimulation({ scenario: base, facts: FACTS, holdFacts: false, distribution: 'pert', model })
 */
export const prepareSimulation = (request: SimulationRequest): PreparedSimulation =>
  prepareSimulationFrom(request.model, request.scenario, variedSlots(request), request.distribution);

const drawInto = (
  buffer: Float64Array,
  varied: readonly Varied[],
  rng: Sampler,
  distribution: Distribution,
) => {
  for (const v of varied) {
    const x = draw(rng, distribution, v.low, v.value, v.high);
    buffer[v.slot] = v.integer ? Math.min(v.high, Math.max(v.low, Math.round(x))) : x;
  }
};

/** The first year index a flag is 1 (as the summary's `firstYear` reads it), or −1. */
const firstFlag = (values: Float64Array, row: number, first: number, yearCount: number): number => {
  for (let i = first; i < yearCount; i++) if (values[row + i] === 1) return i;
  return -1;
};

/**
 * The year indexes of the path just run (in `prepared.frame.values`) where a funding gap first opens and where
 * operating income first turns ≥ 0, each −1 when never.
 * @example simulatePath(prepared, draws, uniform(7, 0)); const [runwayEnd, breakeven] = pathEvents(prepared)
 */
export const pathEvents = (prepared: PreparedSimulation): readonly [number, number] => {
  const { values, yearCount } = prepared.frame;
  return [
    firstFlag(values, prepared.gapRow, prepared.gapFirst, yearCount),
    firstFlag(values, prepared.profitRow, prepared.profitFirst, yearCount),
  ];
};

/**
 * Runs one path into `prepared.frame.values`: the scenario's inputs and the facts' defaults, then every varied slot
 * drawn from `uniform` (the path's own generator) in a fixed order, so a path gives the same values in any chunk,
 * worker or pass.
 * @example simulatePath(prepared, sampler(), uniform(7, 42)); prepared.frame.values
 */
export const simulatePath = (prepared: PreparedSimulation, draws: Sampler, uniform: Uniform): void => {
  const { frame, distribution } = prepared;
  const factDefaults = frame.model.factDefaults;
  draws.reset(uniform);
  frame.inputs.set(frame.baseInputs);
  for (let f = 0; f < factDefaults.length; f++) frame.facts[f] = factDefaults[f] as number;
  drawInto(frame.inputs, prepared.inputs, draws, distribution);
  drawInto(frame.facts, prepared.facts, draws, distribution);
  frame.run();
};

/**
 * Runs one chunk of paths. Path `i` draws from `uniform(seed, i)` alone, so a chunk's results do not depend on how
 * the paths were split: any number of workers, merged by `mergeChunks`, gives the same result for the same seed.
 * The kernel writes into the prepared buffers: a path allocates no typed array.
 * @example simulateChunk(prepared, { seed: 7, start: 0, count: 1000 }, uniformFactory)
 */
export const simulateChunk = (
  prepared: PreparedSimulation,
  chunk: ChunkSpec,
  uniform: UniformFactory,
): SimulationChunk => {
  const { frame, rows } = prepared;
  const { count } = chunk;
  const years = frame.yearCount;
  const samples = new Float64Array(rows.length * years * count);
  const runwayEnd = new Int16Array(count);
  const breakeven = new Int16Array(count);
  const { values } = frame;
  const draws = sampler();
  for (let p = 0; p < count; p++) {
    simulatePath(prepared, draws, uniform(chunk.seed, chunk.start + p));
    for (let l = 0; l < rows.length; l++) {
      const row = rows[l] as number;
      const base = l * years * count + p;
      for (let y = 0; y < years; y++) samples[base + y * count] = values[row + y] as number;
    }
    runwayEnd[p] = firstFlag(values, prepared.gapRow, prepared.gapFirst, years);
    breakeven[p] = firstFlag(values, prepared.profitRow, prepared.profitFirst, years);
  }
  return { start: chunk.start, count, samples, runwayEnd, breakeven };
};

/** The simulation's result, as `aifin simulate --json` prints it. */
export interface SimulationResult {
  readonly scenario: string;
  readonly paths: number;
  readonly seed: number;
  readonly years: readonly number[];
  /** Per line, each percentile by year (aligned with `years`; null where the line is not modelled). */
  readonly percentiles: Readonly<
    Record<SimulatedLine, Readonly<Record<PercentileKey, readonly (number | null)[]>>>
  >;
  /** Per year, the share of paths in which a funding gap has opened / operating income has turned ≥ 0 by then. */
  readonly probabilities: {
    readonly runwayEndBy: Readonly<Record<string, number>>;
    readonly breakevenBy: Readonly<Record<string, number>>;
  };
}

/** The probabilities of `PERCENTILES`, in their order. */
export const PROBABILITIES: readonly number[] = PERCENTILES.map(([, p]) => p);

const countsByYear = (indexes: readonly Int16Array[], yearCount: number): number[] => {
  const counts = new Array<number>(yearCount).fill(0);
  for (const chunk of indexes) for (const i of chunk) if (i >= 0) counts[i] = (counts[i] as number) + 1;
  return counts;
};

const cumulative = (counts: ArrayLike<number>, years: readonly number[], paths: number) => {
  const by: Record<string, number> = {};
  let running = 0;
  years.forEach((year, i) => {
    running += counts[i] as number;
    by[String(year)] = running / paths;
  });
  return by;
};

/** What a method of finding a simulation's percentiles found, before it becomes a `SimulationResult`. */
export interface SimulationFindings {
  readonly paths: number;
  /** A modelled line's percentiles in a year, in `PERCENTILES` order (asked only where the line is modelled). */
  readonly percentilesOf: (line: number, year: number) => readonly number[];
  /** Per year index, how many paths' funding gap first opened / operating income first turned ≥ 0 then. */
  readonly runwayEndCounts: ArrayLike<number>;
  readonly breakevenCounts: ArrayLike<number>;
}

/**
 * The result, shaped the same (same keys, same order) whichever method found the numbers.
 * @example simulationResult(prepared, 'base', 7, findings)
 */
export const simulationResult = (
  prepared: PreparedSimulation,
  scenario: string,
  seed: number,
  findings: SimulationFindings,
): SimulationResult => {
  const { frame } = prepared;
  const percentiles = {} as Record<SimulatedLine, Record<PercentileKey, (number | null)[]>>;
  SIMULATED_LINES.forEach((id, l) => {
    const bands = Object.fromEntries(PERCENTILES.map(([key]) => [key, [] as (number | null)[]])) as Record<
      PercentileKey,
      (number | null)[]
    >;
    for (let y = 0; y < frame.yearCount; y++) {
      if (y < (prepared.firstIndex[l] as number)) {
        for (const [key] of PERCENTILES) bands[key].push(null);
        continue;
      }
      const values = findings.percentilesOf(l, y);
      PERCENTILES.forEach(([key], i) => {
        bands[key].push(values[i] as number);
      });
    }
    percentiles[id] = bands;
  });
  const { years } = frame;
  const { paths } = findings;
  return {
    scenario,
    paths,
    seed,
    years,
    percentiles,
    probabilities: {
      runwayEndBy: cumulative(findings.runwayEndCounts, years, paths),
      breakevenBy: cumulative(findings.breakevenCounts, years, paths),
    },
  };
};

/**
 * Merges chunks (in any order) into percentiles and probabilities. Every path's value takes part, so the result
 * is exact and the same whatever the chunking; the chunks must cover paths 0 … n − 1 once each.
 * @example mergeChunks(prepared, 'base', 7, [chunkA, chunkB])
 */
export const mergeChunks = (
  prepared: PreparedSimulation,
  scenario: string,
  seed: number,
  chunks: readonly SimulationChunk[],
): SimulationResult => {
  const ordered = [...chunks].sort((a, b) => a.start - b.start);
  let paths = 0;
  for (const chunk of ordered) {
    if (chunk.start !== paths)
      throw new Error(`chunks do not cover the paths: expected ${paths}, got ${chunk.start}`);
    paths += chunk.count;
  }
  const yearCount = prepared.frame.yearCount;
  const column = new Float64Array(paths);
  return simulationResult(prepared, scenario, seed, {
    paths,
    percentilesOf: (l, y) => {
      for (const chunk of ordered) {
        const from = (l * yearCount + y) * chunk.count;
        column.set(chunk.samples.subarray(from, from + chunk.count), chunk.start);
      }
      const values: number[] = [];
      percentilesInto(column, PROBABILITIES, values);
      return values;
    },
    runwayEndCounts: countsByYear(
      ordered.map((c) => c.runwayEnd),
      yearCount,
    ),
    breakevenCounts: countsByYear(
      ordered.map((c) => c.breakeven),
      yearCount,
    ),
  });
};
