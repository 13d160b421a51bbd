import { Worker } from 'node:worker_threads';
import {
  finishPass,
  MAX_STREAMING_PASSES,
  mergeChunks,
  mergePassAccumulator,
  modelForFacts,
  type PassAccumulator,
  type PreparedSimulation,
  passAccumulator,
  prepareSimulation,
  type SimulationChunk,
  type SimulationResult,
  simulateChunk,
  simulatePass,
  simulationMethod,
  startStreaming,
  streamingProbes,
  streamingResult,
} from '@aifin/core';
import {
  CHUNK_PATHS,
  type SimulationShare,
  type StreamingMessage,
  type StreamingShare,
} from './simulation-job.js';
import { pathUniform } from './uniform.js';

/** Where a run is: paths done in the current pass, and which pass of at most how many (1 of 1 in memory). */
export interface SimulationProgress {
  readonly done: number;
  readonly pass: number;
  readonly maxPasses: number;
}

/** A whole simulation: its paths split over `workers` (1: the main thread itself). */
export interface SimulationJob extends Omit<SimulationShare, 'start' | 'count'> {
  readonly paths: number;
  readonly workers: number;
  /** Called after each chunk; a streaming run's passes each count their paths from 0 again. */
  readonly onProgress: (progress: SimulationProgress) => void;
  /** Tests only: a lower in-memory budget and collect cap, to stream small runs through several passes. */
  readonly streaming?: { readonly budgetBytes?: number; readonly collectCap?: number };
  /** Tests only: the bundled worker, when this module runs from source. */
  readonly workerUrl?: URL;
}

/** The bundled worker beside the CLI's entry; the command itself may sit in a chunk one directory down. */
const bundledWorkerUrl = (): URL =>
  new URL(
    import.meta.url.includes('/chunks/') ? '../simulate-worker.js' : './simulate-worker.js',
    import.meta.url,
  );

const runShare = <Message>(
  url: URL,
  share: SimulationShare | StreamingShare,
  onMessage: (message: Message) => void,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: share });
    worker.on('message', onMessage);
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a simulation worker stopped with exit code ${code}`)),
    );
  });

/** Contiguous shares of `paths`, one per worker. */
const shares = (paths: number, workers: number): { start: number; count: number }[] => {
  const size = Math.ceil(paths / workers);
  const out = [];
  for (let start = 0; start < paths; start += size) out.push({ start, count: Math.min(size, paths - start) });
  return out;
};

/** Lets a progress bar draw between chunks run in the main thread. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const runInMemory = async (
  job: SimulationJob,
  prepared: PreparedSimulation,
  base: Omit<SimulationShare, 'start' | 'count'>,
): Promise<SimulationResult> => {
  const chunks: SimulationChunk[] = [];
  let done = 0;
  const collect = (chunk: SimulationChunk) => {
    chunks.push(chunk);
    done += chunk.count;
    job.onProgress({ done, pass: 1, maxPasses: 1 });
  };
  if (job.workers === 1)
    for (let start = 0; start < job.paths; start += CHUNK_PATHS) {
      const count = Math.min(CHUNK_PATHS, job.paths - start);
      collect(simulateChunk(prepared, { seed: job.seed, start, count }, pathUniform));
      await breathe();
    }
  else {
    const url = job.workerUrl ?? bundledWorkerUrl();
    await Promise.all(
      shares(job.paths, job.workers).map((share) => runShare(url, { ...base, ...share }, collect)),
    );
  }
  return mergeChunks(prepared, job.scenario.name, job.seed, chunks);
};

/**
 * Passes over every path until each percentile is known (see core's `simulate-streaming`): each pass runs all the
 * paths again, in this thread or in one worker per share, and the shares' accumulators add up.
 */
const runStreaming = async (
  job: SimulationJob,
  prepared: PreparedSimulation,
  base: Omit<SimulationShare, 'start' | 'count'>,
): Promise<SimulationResult> => {
  const run = startStreaming(prepared, job.paths, job.streaming?.collectCap);
  for (;;) {
    const pass = run.passes + 1;
    const probes = streamingProbes(run);
    let done = 0;
    const advance = (paths: number) => {
      done += paths;
      job.onProgress({ done, pass, maxPasses: MAX_STREAMING_PASSES });
    };
    let total: PassAccumulator | null = null;
    if (job.workers === 1) {
      total = passAccumulator(prepared, probes);
      for (let start = 0; start < job.paths; start += CHUNK_PATHS) {
        const count = Math.min(CHUNK_PATHS, job.paths - start);
        simulatePass(prepared, run.offsets, { seed: job.seed, start, count }, pathUniform, total);
        advance(count);
        await breathe();
      }
    } else {
      const url = job.workerUrl ?? bundledWorkerUrl();
      await Promise.all(
        shares(job.paths, job.workers).map((share) =>
          runShare<StreamingMessage>(url, { ...base, ...share, probes, offsets: run.offsets }, (message) => {
            if (message.kind === 'progress') advance(message.paths);
            else if (total === null) total = message.accumulator;
            else mergePassAccumulator(total, message.accumulator);
          }),
        ),
      );
    }
    if (total === null) throw new Error('a streaming pass ran no paths');
    if (!finishPass(run, total)) break;
  }
  return streamingResult(prepared, run, job.scenario.name, job.seed);
};

/**
 * Runs a simulation in the main thread or across worker threads. Up to core's in-memory budget, every path's values
 * are kept and merged once; above it, the run streams in passes with memory bounded by the lines and years. Each
 * path draws from its own (seed, index) generator and both methods are exact, so the result depends on neither
 * `workers` nor the method.
 * @example await runSimulation({ scenario, holdFacts: false, distribution: 'pert', seed: 1, paths: 1e5, workers: 2, onProgress })
 */
export const runSimulation = async (job: SimulationJob): Promise<SimulationResult> => {
  const prepared = prepareSimulation({
    scenario: job.scenario,
    facts: job.factSet.facts,
    holdFacts: job.holdFacts,
    distribution: job.distribution,
    model: modelForFacts(job.factSet),
  });
  const base = {
    scenario: job.scenario,
    factSet: job.factSet,
    holdFacts: job.holdFacts,
    distribution: job.distribution,
    seed: job.seed,
  };
  return simulationMethod(prepared, job.paths, job.streaming?.budgetBytes) === 'streaming'
    ? runStreaming(job, prepared, base)
    : runInMemory(job, prepared, base);
};
