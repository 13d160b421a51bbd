import {
  buildLines,
  compileModel,
  mergeChunks,
  pathUniformFrom,
  prepareSimulationFrom,
  type SimulationChunk,
  sensitivityStudy,
  simulateChunk,
} from '@aifin/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import {
  type AnalysisJob,
  type AnalysisProgress,
  type AnalysisResult,
  PANE_CHUNK_PATHS,
} from './analysis-protocol.js';

/** The pane's per-path generator: the same as the CLI's, so a seed gives the same paths in both. */
const pathUniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);

/**
 * Runs an analysis job (in the worker; in tests, directly): the sensitivity study step by step, then the
 * simulation chunk by chunk, reporting progress after each.
 * @example runJob({ scenario: base, paths: 10_000, seed: 1, facts, varied }, (progress) => {})
 */
export const runJob = (
  job: AnalysisJob,
  onProgress: (progress: AnalysisProgress) => void,
): AnalysisResult => {
  // The worker compiles its own model from the job's fact numbers and history (the same model `modelForFacts`
  // gives the pane): no import of the built-in facts' texts.
  const model = compileModel({
    lines: buildLines(job.actuals),
    facts: job.facts,
    lastActualYear: job.actuals.lastActualYear,
  });
  const sensitivity = sensitivityStudy(job.scenario, model, (done, total) =>
    onProgress({ stage: 'sensitivity', done, total }),
  );
  const prepared = prepareSimulationFrom(model, job.scenario, job.varied, 'pert');
  const chunks: SimulationChunk[] = [];
  for (let start = 0; start < job.paths; start += PANE_CHUNK_PATHS) {
    const count = Math.min(PANE_CHUNK_PATHS, job.paths - start);
    chunks.push(simulateChunk(prepared, { seed: job.seed, start, count }, pathUniform));
    onProgress({ stage: 'paths', done: start + count, total: job.paths });
  }
  return { sensitivity, simulation: mergeChunks(prepared, job.scenario.name, job.seed, chunks) };
};
