import { interpolatePercentile, percentileRanks } from '../internal/analysis/percentile-inc.js';
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
  PROBABILITIES,
  type PreparedSimulation,
  pathEvents,
  runPaths,
  type SimulationResult,
  simulationResult,
} from './simulate.js';

/**
 * Above this many bytes of recorded values (8 per simulated line, year and path), a simulation streams: it runs
 * its paths again in each pass of `radix-select` and keeps only histograms, instead of keeping every value for
 * one selection. Streaming takes 2–4 passes (each one a full simulation), so below the budget keeping the values is
 * the faster method (measured on 2 cores: 1,000,000 paths in memory, 5.8 µs a path and 514 MB peak RSS; 1,200,000
 * streaming, 13.3 µs a path and 194 MB). 512 MiB is about 1.19 million paths at the default horizon (452 bytes a
 * path), so a run the pane allows (at most 1,000,000 paths, always in memory) gives the CLI the same method.
 */
export const IN_MEMORY_BUDGET_BYTES = 512 * 1024 * 1024;

/** The most passes a streaming simulation takes: 16 more key bits each, and a 64-bit key is the value itself. */
export const MAX_STREAMING_PASSES = 4;

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
  /** Passes finished so far. */
  passes: number;
  /** Event counts per year index, from the first pass. */
  runwayEndCounts: Uint32Array | null;
  breakevenCounts: Uint32Array | null;
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
  const columnOf = new Map<string, number>();
  prepared.rows.forEach((row, l) => {
    for (let y = prepared.firstIndex[l] as number; y < prepared.frame.yearCount; y++) {
      columnOf.set(`${l}:${y}`, offsets.length);
      offsets.push(row + y);
    }
  });
  return {
    paths,
    selection: startSelection(offsets.length, paths, RANKS(paths), collectCap),
    offsets: Int32Array.from(offsets),
    columnOf,
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
  for (let y = 0; y < into.runwayEndCounts.length; y++) {
    into.runwayEndCounts[y] = (into.runwayEndCounts[y] as number) + (from.runwayEndCounts[y] as number);
    into.breakevenCounts[y] = (into.breakevenCounts[y] as number) + (from.breakevenCounts[y] as number);
  }
};

/**
 * Finishes a pass with the accumulator of all its paths: narrows the percentile ranks (the first pass also gives
 * the event counts). Returns whether another pass is needed.
 * @example while (finishPass(run, acc)) { ... }
 */
export const finishPass = (run: StreamingSimulation, acc: PassAccumulator): boolean => {
  narrowSelection(run.selection, acc.tally);
  if (run.passes === 0) {
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
