import { interpolatePercentile, percentileRanks } from '../internal/analysis/percentile-inc.js';
import {
  type BracketPlan,
  type BracketTally,
  bracketPlan,
  newBracketTally,
  resolveBrackets,
  tallyBracketPath,
} from './percentile-brackets.js';
import {
  mergeTally,
  narrowSelection,
  newTally,
  nextProbes,
  type PassTally,
  type Probe,
  type Selection,
  selectedValue,
  startSelection,
  tallyValue,
} from './radix-select.js';
import {
  BLOCK_PATHS,
  PROBABILITIES,
  type PreparedSimulation,
  pathEvents,
  runPaths,
  type SimulationChunk,
  type SimulationResult,
  simulationResult,
} from './simulate.js';

/**
 * Above this many bytes of recorded values (8 per simulated line, year and path), a simulation streams instead of
 * keeping every value for one selection: a pilot of its first paths brackets every percentile, one pass over all
 * the paths keeps only the values inside the brackets (`percentile-brackets`), and any target a bracket missed is
 * found by radix-select's passes over histograms. The pilot and the pass cost at most 1.05 simulations and keep a
 * few per cent of the values, so below the budget keeping them all is still the simpler, faster method. 512 MiB is
 * about 1.19 million paths at the default horizon (452 bytes a path): in the CLI, every run the pane allows (at
 * most 1,000,000 paths) keeps its values.
 */
export const IN_MEMORY_BUDGET_BYTES = 512 * 1024 * 1024;

/** The most radix-select passes a streaming simulation takes: 16 more key bits each, and a 64-bit key is the value. */
export const MAX_STREAMING_PASSES = 4;

/** The pilot is this share of the paths (whole blocks), at most `MAX_PILOT_PATHS`; none below `MIN_PILOT_PATHS`. */
const PILOT_SHARE = 1 / 20;
/** 250,000 paths keep 113 MB of pilot values at the default horizon and bracket a median within about ±0.45 %. */
const MAX_PILOT_PATHS = 250_000;
/** Fewer pilot paths bracket too loosely to save a pass over radix-select's histograms. */
const MIN_PILOT_PATHS = 10_000;

/**
 * The paths of a streaming run's pilot (its first ones), or 0 when the run is too small for one to pay.
 * @example pilotPaths(10_000_000) // 250000
 */
export const pilotPaths = (paths: number): number => {
  const pilot = Math.min(MAX_PILOT_PATHS, Math.floor((paths * PILOT_SHARE) / BLOCK_PATHS) * BLOCK_PATHS);
  return pilot >= MIN_PILOT_PATHS ? pilot : 0;
};

/**
 * The bytes the in-memory method holds for `paths` paths: every simulated value, and two event years per path.
 * @example recordedBytes(prepared, 1_000_000) // 452000000 at the default horizon
 */
export const recordedBytes = (prepared: PreparedSimulation, paths: number = prepared.plan.paths): number =>
  paths * (prepared.rows.length * prepared.frame.yearCount * 8 + 2 * 2);

/**
 * Whether a run of `paths` paths should stream (bounded memory, several passes) or keep its values (one pass).
 * @example simulationMethod(prepared, 10_000_000) // 'streaming'
 */
export const simulationMethod = (
  prepared: PreparedSimulation,
  paths: number = prepared.plan.paths,
  budgetBytes = IN_MEMORY_BUDGET_BYTES,
): 'in-memory' | 'streaming' => (recordedBytes(prepared, paths) <= budgetBytes ? 'in-memory' : 'streaming');

/** A streaming simulation between passes: the selection of every modelled line-year's percentile ranks. */
export interface StreamingSimulation {
  readonly paths: number;
  readonly selection: Selection;
  /** Per selection column, where its value sits in the frame's `values`; and its (line, year). */
  readonly offsets: Int32Array;
  readonly columnOf: ReadonlyMap<string, number>;
  /** Per selection column, where a chunk's samples hold it: line × years + year. */
  readonly lineYears: Int32Array;
  /** Passes finished so far. */
  passes: number;
  /** Event counts per year index, from the first pass over all the paths. */
  runwayEndCounts: Uint32Array | null;
  breakevenCounts: Uint32Array | null;
}

/** The bracket pass's gathering over some paths: the brackets' tally and the paths' event years. */
export interface BracketAccumulator {
  /** The brackets' counts and kept values. */
  readonly tally: BracketTally;
  /** Per year index, how many paths' funding gap first opened then. */
  readonly runwayEndCounts: Uint32Array;
  /** Per year index, how many paths' operating income first turned ≥ 0 then. */
  readonly breakevenCounts: Uint32Array;
}

/** One pass's gathering over some paths: the selection's tally and the paths' event years. */
export interface PassAccumulator {
  readonly tally: PassTally;
  readonly runwayEndCounts: Uint32Array;
  readonly breakevenCounts: Uint32Array;
}

const RANKS = (paths: number): number[] =>
  [...new Set(PROBABILITIES.flatMap((p) => percentileRanks(paths, p)))].sort((a, b) => a - b);

/**
 * Starts a streaming simulation of `paths` paths: one column per modelled line and year, each seeking the ranks
 * its percentiles interpolate between.
 * @example const run = startStreaming(prepared, 10_000_000)
 */
export const startStreaming = (
  prepared: PreparedSimulation,
  paths: number,
  collectCap?: number,
): StreamingSimulation => {
  const offsets: number[] = [];
  const lineYears: number[] = [];
  const columnOf = new Map<string, number>();
  prepared.rows.forEach((row, l) => {
    for (let y = prepared.firstIndex[l] as number; y < prepared.frame.yearCount; y++) {
      columnOf.set(`${l}:${y}`, offsets.length);
      lineYears.push(l * prepared.frame.yearCount + y);
      offsets.push(row + y);
    }
  });
  return {
    paths,
    selection: startSelection(offsets.length, paths, RANKS(paths), collectCap),
    offsets: Int32Array.from(offsets),
    columnOf,
    lineYears: Int32Array.from(lineYears),
    passes: 0,
    runwayEndCounts: null,
    breakevenCounts: null,
  };
};

/**
 * What the next pass gathers (plain data, for a worker), or an empty list when the percentiles are known.
 * @example streamingProbes(run).length === 0 // done
 */
export const streamingProbes = (run: StreamingSimulation): Probe[] => nextProbes(run.selection);

/**
 * An empty accumulator for a pass over some of the paths.
 * @example const acc = passAccumulator(prepared, streamingProbes(run))
 */
export const passAccumulator = (prepared: PreparedSimulation, probes: readonly Probe[]): PassAccumulator => {
  let columns = 0;
  prepared.firstIndex.forEach((first) => {
    columns += prepared.frame.yearCount - first;
  });
  return {
    tally: newTally(columns, probes),
    runwayEndCounts: new Uint32Array(prepared.frame.yearCount),
    breakevenCounts: new Uint32Array(prepared.frame.yearCount),
  };
};

/**
 * Runs paths `start` … `start + count − 1` (whole blocks) and adds every path's values to the pass's accumulator.
 * Every path is a function of the plan and its index, so each pass sees the same values, however split.
 * @example simulatePass(prepared, run.offsets, 0, 5000, acc)
 */
export function simulatePass(
  prepared: PreparedSimulation,
  offsets: Int32Array,
  start: number,
  count: number,
  acc: PassAccumulator,
): void {
  const { values } = prepared.frame;
  const { tally, runwayEndCounts, breakevenCounts } = acc;
  runPaths(prepared, start, count, () => {
    for (let c = 0; c < offsets.length; c++) tallyValue(tally, c, values[offsets[c] as number] as number);
    const [runwayEnd, breakeven] = pathEvents(prepared);
    if (runwayEnd >= 0) runwayEndCounts[runwayEnd] = (runwayEndCounts[runwayEnd] as number) + 1;
    if (breakeven >= 0) breakevenCounts[breakeven] = (breakevenCounts[breakeven] as number) + 1;
  });
}

/**
 * Adds another share's accumulator of the same pass into `into` (the order shares merge in does not matter).
 * @example mergePassAccumulator(acc, fromWorker)
 */
export const mergePassAccumulator = (into: PassAccumulator, from: PassAccumulator): void => {
  mergeTally(into.tally, from.tally);
  addCounts(into.runwayEndCounts, from.runwayEndCounts);
  addCounts(into.breakevenCounts, from.breakevenCounts);
};

/**
 * The brackets of a streaming run's percentiles, from the pilot's chunks (its first paths, kept in memory).
 * @example const plan = pilotBrackets(run, pilotChunks)
 */
export const pilotBrackets = (run: StreamingSimulation, chunks: readonly SimulationChunk[]): BracketPlan => {
  let pilot = 0;
  for (const chunk of chunks) pilot += chunk.count;
  const column = new Float64Array(pilot);
  return bracketPlan(
    run.offsets.length,
    run.paths,
    PROBABILITIES.map((p) => percentileRanks(run.paths, p)),
    (c) => {
      const at = run.lineYears[c] as number;
      for (const chunk of chunks)
        column.set(chunk.samples.subarray(at * chunk.count, (at + 1) * chunk.count), chunk.start);
      return column;
    },
    pilot,
  );
};

/**
 * An empty accumulator for the bracket pass over `paths` of the paths.
 * @example const acc = bracketAccumulator(prepared, plan, 5_000_000)
 */
export const bracketAccumulator = (
  prepared: PreparedSimulation,
  plan: BracketPlan,
  paths: number,
): BracketAccumulator => ({
  tally: newBracketTally(plan, paths),
  runwayEndCounts: new Uint32Array(prepared.frame.yearCount),
  breakevenCounts: new Uint32Array(prepared.frame.yearCount),
});

/**
 * Runs paths `start` … `start + count − 1` (whole blocks) and adds every path's values to the brackets' tally.
 * @example simulateBracketPass(prepared, run.offsets, plan, 0, 5000, acc)
 */
export function simulateBracketPass(
  prepared: PreparedSimulation,
  offsets: Int32Array,
  plan: BracketPlan,
  start: number,
  count: number,
  acc: BracketAccumulator,
): void {
  const { values } = prepared.frame;
  const { tally, runwayEndCounts, breakevenCounts } = acc;
  runPaths(prepared, start, count, () => {
    tallyBracketPath(plan, tally, values, offsets);
    const [runwayEnd, breakeven] = pathEvents(prepared);
    if (runwayEnd >= 0) runwayEndCounts[runwayEnd] = (runwayEndCounts[runwayEnd] as number) + 1;
    if (breakeven >= 0) breakevenCounts[breakeven] = (breakevenCounts[breakeven] as number) + 1;
  });
}

function addCounts(into: Uint32Array, from: Uint32Array): void {
  for (let y = 0; y < into.length; y++) into[y] = (into[y] as number) + (from[y] as number);
}

/**
 * Finishes the bracket pass with the accumulators of all its shares: every target its bracket holds is known, and
 * so are the event counts. Returns whether radix-select passes are needed for targets a bracket missed.
 * @example if (finishBracketPass(run, plan, [acc1, acc2])) { ... radix passes ... }
 */
export const finishBracketPass = (
  run: StreamingSimulation,
  plan: BracketPlan,
  shares: readonly BracketAccumulator[],
): boolean => {
  resolveBrackets(
    plan,
    shares.map((share) => share.tally),
    run.selection,
  );
  const runwayEndCounts = new Uint32Array(shares[0]?.runwayEndCounts.length ?? 0);
  const breakevenCounts = new Uint32Array(runwayEndCounts.length);
  for (const share of shares) {
    addCounts(runwayEndCounts, share.runwayEndCounts);
    addCounts(breakevenCounts, share.breakevenCounts);
  }
  run.runwayEndCounts = runwayEndCounts;
  run.breakevenCounts = breakevenCounts;
  run.passes++;
  return streamingProbes(run).length > 0;
};

/**
 * Finishes a pass with the accumulator of all its paths: narrows the percentile ranks (the first pass also gives
 * the event counts). Returns whether another pass is needed.
 * @example while (finishPass(run, acc)) { ... }
 */
export const finishPass = (run: StreamingSimulation, acc: PassAccumulator): boolean => {
  narrowSelection(run.selection, acc.tally);
  if (run.runwayEndCounts === null) {
    run.runwayEndCounts = acc.runwayEndCounts;
    run.breakevenCounts = acc.breakevenCounts;
  }
  run.passes++;
  return streamingProbes(run).length > 0;
};

/**
 * The result of a streaming simulation whose passes are done: the same numbers `mergeChunks` gives for the paths.
 * @example streamingResult(prepared, run)
 */
export const streamingResult = (prepared: PreparedSimulation, run: StreamingSimulation): SimulationResult => {
  if (run.runwayEndCounts === null || run.breakevenCounts === null || streamingProbes(run).length > 0)
    throw new Error('the streaming simulation has passes to run');
  const { paths, selection } = run;
  return simulationResult(prepared, {
    paths,
    percentilesOf: (l, y) => {
      const column = run.columnOf.get(`${l}:${y}`) as number;
      return PROBABILITIES.map((p) => {
        const [lo, hi] = percentileRanks(paths, p);
        return interpolatePercentile(
          paths,
          p,
          selectedValue(selection, column, lo),
          selectedValue(selection, column, hi),
        );
      });
    },
    runwayEndCounts: run.runwayEndCounts,
    breakevenCounts: run.breakevenCounts,
  });
};
