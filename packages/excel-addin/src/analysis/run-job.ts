import {
  compileModel,
  LINES,
  mergeChunks,
  pathUniformFrom,
  prepareSimulationFrom,
  type SimulationChunk,
  type SimulationResult,
  simulateChunk,
} from '@aifin/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { PANE_CHUNK_PATHS, type SimulationJob } from './simulation-protocol.js';

/** The pane's per-path generator: the same as the CLI's, so a seed gives the same paths in both. */
const pathUniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);

/**
 * Runs a simulation job chunk by chunk (in the worker; in tests, directly), reporting the paths done after each.
 * @example runJob({ scenario: base, paths: 10_000, seed: 1, holdFacts: false }, (done) => {})
 */
export const runJob = (job: SimulationJob, onProgress: (done: number) => void): SimulationResult => {
  // The worker compiles its own model from the job's fact numbers: no import of the built-in facts' texts.
  const model = compileModel({ lines: LINES, facts: job.facts });
  const prepared = prepareSimulationFrom(model, job.scenario, job.varied, 'pert');
  const chunks: SimulationChunk[] = [];
  for (let start = 0; start < job.paths; start += PANE_CHUNK_PATHS) {
    const count = Math.min(PANE_CHUNK_PATHS, job.paths - start);
    chunks.push(simulateChunk(prepared, { seed: job.seed, start, count }, pathUniform));
    onProgress(start + count);
  }
  return mergeChunks(prepared, job.scenario.name, job.seed, chunks);
};
