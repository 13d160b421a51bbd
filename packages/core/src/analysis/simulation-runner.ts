import type { BracketPlan } from './percentile-brackets.js';
import type { Probe } from './radix-select.js';
import {
  BLOCK_PATHS,
  mergeChunks,
  type PathRows,
  type PreparedSimulation,
  type SimulationChunk,
  type SimulationResult,
  simulateChunk,
} from './simulate.js';
import {
  type BracketAccumulator,
  bracketAccumulator,
  finishBracketPass,
  finishPass,
  MAX_STREAMING_PASSES,
  mergePassAccumulator,
  type PassAccumulator,
  passAccumulator,
  pilotBrackets,
  pilotPaths,
  type StreamingSimulation,
  simulateBracketPass,
  simulatePass,
  simulationMethod,
  startStreaming,
  streamingProbes,
  streamingResult,
} from './simulate-streaming.js';

/**
 * One simulation driver for every shell. Core owns the use-case: how paths split into chunks (whole blocks), when
 * a run keeps every value and when it streams in passes, how results merge, and the order in which a paths file
 * receives its rows. A shell plugs in only its threads (`SimulationThreads`: Node's worker_threads, a browser's Web
 * Worker, or this thread), each of which runs `runSimulationTask` on a `PreparedSimulation` of the same plan.
 * Every path is a function of (plan, index), so results are byte-identical for any number of threads.
 */

/** Paths per task of a run that keeps its values: a few blocks, small enough for a smooth progress bar. */
export const CHUNK_PATHS = 5 * BLOCK_PATHS;

/**
 * The most paths per task of a bracket pass, which has at least four tasks per thread. A share's tally is small
 * (its kept values are in proportion to its paths), so the pass is cut into many shares that threads take as they
 * free up: a thread slowed by other work on the machine does not hold the whole pass back, as one share per thread
 * would.
 */
const BRACKET_SHARE_PATHS = 100 * CHUNK_PATHS;

/**
 * Work for one thread: a chunk of paths to keep (values and/or paths-file rows), or a share of a streaming run's
 * bracket pass or of one of its radix-select passes.
 */
export type SimulationTask =
  | {
      readonly kind: 'chunk';
      readonly start: number;
      readonly count: number;
      readonly samples: boolean;
      readonly rows: boolean;
    }
  | {
      readonly kind: 'brackets';
      readonly start: number;
      readonly count: number;
      readonly plan: BracketPlan;
      readonly offsets: Int32Array;
    }
  | {
      readonly kind: 'pass';
      readonly start: number;
      readonly count: number;
      readonly probes: readonly Probe[];
      readonly offsets: Int32Array;
    };

/** What a task gives back: plain typed arrays a thread can transfer. */
export type SimulationTaskResult =
  | { readonly kind: 'chunk'; readonly chunk: SimulationChunk | null; readonly rows: PathRows | null }
  | { readonly kind: 'brackets'; readonly accumulator: BracketAccumulator }
  | { readonly kind: 'pass'; readonly accumulator: PassAccumulator };

/** A shell's threads: how many tasks may run at once, and how to run one (`onPaths` hears progress within it). */
export interface SimulationThreads {
  /** How many tasks may run at once. */
  readonly size: number;
  /** Runs one task on some thread, calling `onPaths` with each batch of paths done. */
  readonly run: (task: SimulationTask, onPaths: (paths: number) => void) => Promise<SimulationTaskResult>;
}

/**
 * Runs a task in this thread (what a worker does with a task it is sent), reporting paths done as it goes.
 * @example runSimulationTask(prepared, { kind: 'chunk', start: 0, count: 5000, samples: true, rows: false }, () => {})
 */
export function runSimulationTask(
  prepared: PreparedSimulation,
  task: SimulationTask,
  onPaths: (paths: number) => void,
): SimulationTaskResult {
  if (task.kind === 'chunk') {
    const result = simulateChunk(prepared, task.start, task.count, task);
    onPaths(task.count);
    return { kind: 'chunk', ...result };
  }
  const share = shareRunner(prepared, task);
  for (let start = task.start; start < task.start + task.count; start += CHUNK_PATHS)
    onPaths(share.run(start));
  return share.result();
}

/** A pass's share, run a chunk at a time into one accumulator (made once: a pass's tallies are large). */
function shareRunner(
  prepared: PreparedSimulation,
  task: Exclude<SimulationTask, { kind: 'chunk' }>,
): { readonly run: (start: number) => number; readonly result: () => SimulationTaskResult } {
  const end = task.start + task.count;
  if (task.kind === 'brackets') {
    const accumulator = bracketAccumulator(prepared, task.plan, task.count);
    return {
      run: (start) => {
        const count = Math.min(CHUNK_PATHS, end - start);
        simulateBracketPass(prepared, task.offsets, task.plan, start, count, accumulator);
        return count;
      },
      result: () => ({ kind: 'brackets', accumulator }),
    };
  }
  const accumulator = passAccumulator(prepared, task.probes);
  return {
    run: (start) => {
      const count = Math.min(CHUNK_PATHS, end - start);
      simulatePass(prepared, task.offsets, start, count, accumulator);
      return count;
    },
    result: () => ({ kind: 'pass', accumulator }),
  };
}

/**
 * The buffers of a task's result, to transfer rather than copy when a worker posts it.
 * @example port.postMessage(result, taskTransferables(result))
 */
export function taskTransferables(result: SimulationTaskResult): ArrayBuffer[] {
  const arrays: (ArrayBufferView | null)[] =
    result.kind === 'chunk'
      ? [
          result.chunk?.samples ?? null,
          result.chunk?.runwayEnd ?? null,
          result.chunk?.breakeven ?? null,
          result.rows?.components ?? null,
          result.rows?.values ?? null,
        ]
      : result.kind === 'brackets'
        ? [
            ...result.accumulator.tally.kept,
            result.accumulator.tally.below,
            result.accumulator.tally.atLo,
            result.accumulator.tally.atHi,
            result.accumulator.tally.filled,
            result.accumulator.runwayEndCounts,
            result.accumulator.breakevenCounts,
          ]
        : [
            ...result.accumulator.tally.histograms,
            ...result.accumulator.tally.collected,
            result.accumulator.tally.filled,
            result.accumulator.tally.ends,
            result.accumulator.tally.columnStart,
            result.accumulator.tally.columnProbes,
            result.accumulator.runwayEndCounts,
            result.accumulator.breakevenCounts,
          ];
  return [...new Set(arrays.filter((a) => a !== null).map((a) => a.buffer as ArrayBuffer))];
}

/**
 * This thread as the only thread: each task runs here, in chunks, with `pause` between them (a shell passes one that
 * lets its event loop breathe, so a progress bar draws or a cancel message arrives).
 * @example await runSimulation(prepared, localThreads(prepared, () => new Promise((r) => setImmediate(r))))
 */
export function localThreads(prepared: PreparedSimulation, pause?: () => Promise<void>): SimulationThreads {
  return {
    size: 1,
    run: async (task, onPaths) => {
      if (task.kind === 'chunk') {
        await pause?.();
        return runSimulationTask(prepared, task, onPaths);
      }
      const share = shareRunner(prepared, task);
      for (let start = task.start; start < task.start + task.count; start += CHUNK_PATHS) {
        onPaths(share.run(start));
        await pause?.();
      }
      return share.result();
    },
  };
}

/** Where a run is: paths done in the current pass, and which pass of at most how many (1 of 1 in memory). */
export interface SimulationProgress {
  readonly done: number;
  readonly pass: number;
  readonly maxPasses: number;
}

/** What a run reports and how it may be tuned. */
export interface SimulationHooks {
  /** Hears where the run is, as each thread reports paths done. */
  readonly onProgress?: (progress: SimulationProgress) => void;
  /** Paths-file rows, in path order, a chunk at a time (awaited: a writer may apply back-pressure). */
  readonly onRows?: (rows: PathRows) => void | Promise<void>;
  /** The most bytes of kept values before a run streams (core's default `IN_MEMORY_BUDGET_BYTES`). */
  readonly budgetBytes?: number;
  /** Tests only: a smaller collect cap, to stream small runs through several passes. */
  readonly collectCap?: number;
  /** Tests only: the pilot's paths (whole blocks; 0: none), to bracket small runs. */
  readonly pilotPaths?: number;
}

/** Runs tasks over the threads, `size` at a time, each result handed on as it comes. */
async function dispatch(
  threads: SimulationThreads,
  tasks: readonly SimulationTask[],
  onPaths: (paths: number) => void,
  onResult: (task: SimulationTask, result: SimulationTaskResult) => void | Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++] as SimulationTask;
      await onResult(task, await threads.run(task, onPaths));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads.size, tasks.length)) }, lane));
}

function chunkTasks(paths: number, samples: boolean, rows: boolean): SimulationTask[] {
  const tasks: SimulationTask[] = [];
  for (let start = 0; start < paths; start += CHUNK_PATHS)
    tasks.push({ kind: 'chunk', start, count: Math.min(CHUNK_PATHS, paths - start), samples, rows });
  return tasks;
}

/** Hands rows on in path order, whatever order the threads finish chunks in. */
function inOrder(onRows: (rows: PathRows) => void | Promise<void>) {
  const waiting = new Map<number, PathRows>();
  let next = 0;
  let writing: Promise<void> = Promise.resolve();
  return (rows: PathRows): Promise<void> => {
    waiting.set(rows.start, rows);
    writing = writing.then(async () => {
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next);
        next += ready.count;
        await onRows(ready);
      }
    });
    return writing;
  };
}

/**
 * Runs a whole simulation over the threads. Up to the in-memory budget every path's values are kept and merged
 * once; above it the run streams: a pilot of the first paths brackets every percentile, one pass over all the
 * paths keeps the values inside the brackets (each thread its share), and radix-select's passes over histograms
 * find any percentile a bracket missed, so every percentile is exact whichever way it was found. A paths file
 * gets its rows during the in-memory run, or in a pass of its own before a streaming one.
 * @example await runSimulation(prepared, localThreads(prepared), { onProgress })
 */
export async function runSimulation(
  prepared: PreparedSimulation,
  threads: SimulationThreads,
  hooks: SimulationHooks = {},
): Promise<SimulationResult> {
  const { paths } = prepared.plan;
  const streaming = simulationMethod(prepared, paths, hooks.budgetBytes) === 'streaming';
  const rowsPass = streaming && hooks.onRows !== undefined ? 1 : 0;
  const pilot = streaming ? (hooks.pilotPaths ?? pilotPaths(paths)) : 0;
  const maxPasses = streaming ? rowsPass + (pilot > 0 ? 1 : 0) + MAX_STREAMING_PASSES : 1;
  let pass = 1;
  let done = 0;
  const onPaths = (n: number) => {
    done += n;
    hooks.onProgress?.({ done, pass, maxPasses });
  };
  const emit = hooks.onRows === undefined ? null : inOrder(hooks.onRows);
  if (!streaming) {
    const chunks: SimulationChunk[] = [];
    await dispatch(threads, chunkTasks(paths, true, emit !== null), onPaths, async (_, result) => {
      if (result.kind !== 'chunk' || result.chunk === null) throw new Error('a chunk task returned no chunk');
      chunks.push(result.chunk);
      if (emit !== null && result.rows !== null) await emit(result.rows);
    });
    return mergeChunks(prepared, chunks);
  }
  if (emit !== null) {
    await dispatch(threads, chunkTasks(paths, false, true), onPaths, async (_, result) => {
      if (result.kind === 'chunk' && result.rows !== null) await emit(result.rows);
    });
    pass++;
  }
  const run = startStreaming(prepared, paths, hooks.collectCap);
  // One share per thread (whole blocks), each gathering one accumulator: a pass's tallies are large, so they are
  // made once per thread rather than per chunk.
  const shareSize = Math.ceil(paths / threads.size / BLOCK_PATHS) * BLOCK_PATHS;
  if (pilot > 0) {
    done = 0;
    if (!(await bracketPass(threads, run, pilot, onPaths))) return streamingResult(prepared, run);
    pass++;
  }
  for (;;) {
    done = 0;
    const probes = streamingProbes(run);
    const tasks: SimulationTask[] = [];
    for (let start = 0; start < paths; start += shareSize)
      tasks.push({
        kind: 'pass',
        start,
        count: Math.min(shareSize, paths - start),
        probes,
        offsets: run.offsets,
      });
    let total: PassAccumulator | null = null;
    await dispatch(threads, tasks, onPaths, (_, result) => {
      if (result.kind !== 'pass') throw new Error('a pass task returned no accumulator');
      if (total === null) total = result.accumulator;
      else mergePassAccumulator(total, result.accumulator);
    });
    if (total === null) throw new Error('a streaming pass ran no paths');
    if (!finishPass(run, total)) break;
    pass++;
  }
  return streamingResult(prepared, run);
}

/**
 * A streaming run's pilot (its first paths, kept in memory; progress not reported: a few per cent of a pass) and
 * its bracket pass over all the paths. Returns whether targets remain for radix-select's passes.
 */
async function bracketPass(
  threads: SimulationThreads,
  run: StreamingSimulation,
  pilot: number,
  onPaths: (paths: number) => void,
): Promise<boolean> {
  const chunks: SimulationChunk[] = [];
  await dispatch(
    threads,
    chunkTasks(pilot, true, false),
    () => {},
    (_, result) => {
      if (result.kind !== 'chunk' || result.chunk === null) throw new Error('a chunk task returned no chunk');
      chunks.push(result.chunk);
    },
  );
  const plan = pilotBrackets(run, chunks);
  chunks.length = 0;
  const tasks: SimulationTask[] = [];
  const shareSize = Math.min(
    BRACKET_SHARE_PATHS,
    Math.ceil(run.paths / (4 * threads.size) / BLOCK_PATHS) * BLOCK_PATHS,
  );
  for (let start = 0; start < run.paths; start += shareSize)
    tasks.push({
      kind: 'brackets',
      start,
      count: Math.min(shareSize, run.paths - start),
      plan,
      offsets: run.offsets,
    });
  const shares: BracketAccumulator[] = [];
  await dispatch(threads, tasks, onPaths, (_, result) => {
    if (result.kind !== 'brackets') throw new Error('a bracket task returned no accumulator');
    shares.push(result.accumulator);
  });
  if (shares.length === 0) throw new Error('the bracket pass ran no paths');
  return finishBracketPass(run, plan, shares);
}
