import { Worker } from 'node:worker_threads';
import {
  mergeChunks,
  modelForFacts,
  prepareSimulation,
  type SimulationChunk,
  type SimulationResult,
  simulateChunk,
} from '@aifin/core';
import { CHUNK_PATHS, type SimulationShare } from './simulation-job.js';
import { pathUniform } from './uniform.js';

/** A whole simulation: its paths split over `workers` (1: the main thread itself). */
export interface SimulationJob extends Omit<SimulationShare, 'start' | 'count'> {
  readonly paths: number;
  readonly workers: number;
  /** Called with the number of paths done so far. */
  readonly onProgress: (done: number) => void;
}

/** The bundled worker beside the CLI's entry; the command itself may sit in a chunk one directory down. */
const workerUrl = (): URL =>
  new URL(
    import.meta.url.includes('/chunks/') ? '../simulate-worker.js' : './simulate-worker.js',
    import.meta.url,
  );

const runShare = (share: SimulationShare, onChunk: (chunk: SimulationChunk) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: share });
    worker.on('message', onChunk);
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a simulation worker stopped with exit code ${code}`)),
    );
  });

/**
 * Runs a simulation in the main thread or across worker threads and merges the chunks. Each path draws from its
 * own (seed, index) generator and the merge uses every path's value, so the result does not depend on `workers`.
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
  const chunks: SimulationChunk[] = [];
  let done = 0;
  const collect = (chunk: SimulationChunk) => {
    chunks.push(chunk);
    done += chunk.count;
    job.onProgress(done);
  };
  const base = {
    scenario: job.scenario,
    factSet: job.factSet,
    holdFacts: job.holdFacts,
    distribution: job.distribution,
    seed: job.seed,
  };
  if (job.workers === 1) {
    for (let start = 0; start < job.paths; start += CHUNK_PATHS) {
      const count = Math.min(CHUNK_PATHS, job.paths - start);
      collect(simulateChunk(prepared, { seed: job.seed, start, count }, pathUniform));
      // Let a progress bar draw between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } else {
    const size = Math.ceil(job.paths / job.workers);
    const shares: Promise<void>[] = [];
    for (let start = 0; start < job.paths; start += size)
      shares.push(runShare({ ...base, start, count: Math.min(size, job.paths - start) }, collect));
    await Promise.all(shares);
  }
  return mergeChunks(prepared, job.scenario.name, job.seed, chunks);
};
