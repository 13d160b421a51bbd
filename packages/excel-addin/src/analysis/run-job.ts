import {
  buildLines,
  checksFor,
  compileModel,
  mergeChunks,
  type PreparedSimulation,
  pathUniformFrom,
  prepareSimulationFrom,
  type SimulationChunk,
  type SimulationResult,
  sensitivityStudy,
  simulateChunk,
  simulateStreaming,
  simulationMethod,
} from '@aifin/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import {
  type AnalysisJob,
  type AnalysisProgress,
  type AnalysisResult,
  PANE_CHUNK_PATHS,
  PANE_IN_MEMORY_BUDGET_BYTES,
} from './analysis-protocol.js';

/** The pane's per-path generator: the same as the CLI's, so a seed gives the same paths in both. */
const pathUniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);

/** Every path's values kept, then merged once: the quickest way, for runs that fit the pane's budget. */
const simulateInMemory = (
  prepared: PreparedSimulation,
  job: AnalysisJob,
  onProgress: (progress: AnalysisProgress) => void,
): SimulationResult => {
  const chunks: SimulationChunk[] = [];
  for (let start = 0; start < job.paths; start += PANE_CHUNK_PATHS) {
    const count = Math.min(PANE_CHUNK_PATHS, job.paths - start);
    chunks.push(simulateChunk(prepared, { seed: job.seed, start, count }, pathUniform));
    onProgress({ stage: 'paths', done: start + count, total: job.paths, pass: 0 });
  }
  return mergeChunks(prepared, job.scenario.name, job.seed, chunks);
};

/**
 * Runs an analysis job (in the worker; in tests, directly): the sensitivity study step by step, then the
 * simulation, in memory or (above `PANE_IN_MEMORY_BUDGET_BYTES`) streaming in passes, reporting progress as it goes.
 * @example runJob(analysisJob(BUILTIN_SCENARIOS.base, 10_000, 1), (progress) => {})
 */
export const runJob = (
  job: AnalysisJob,
  onProgress: (progress: AnalysisProgress) => void,
  budgetBytes = PANE_IN_MEMORY_BUDGET_BYTES,
): AnalysisResult => {
  // The worker compiles its own model from the job's fact numbers and history (the same model `modelForFacts`
  // gives the pane): no import of the built-in facts' texts.
  const model = compileModel({
    lines: buildLines(job.actuals),
    facts: job.facts,
    lastActualYear: job.actuals.lastActualYear,
    checks: checksFor(job.actuals),
  });
  const sensitivity = sensitivityStudy(job.scenario, model, (done, total) =>
    onProgress({ stage: 'sensitivity', done, total, pass: 0 }),
  );
  const prepared = prepareSimulationFrom(model, job.scenario, job.varied, 'pert');
  const simulation =
    simulationMethod(prepared, job.paths, budgetBytes) === 'in-memory'
      ? simulateInMemory(prepared, job, onProgress)
      : simulateStreaming(prepared, job.scenario.name, job.seed, job.paths, pathUniform, {
          onPaths: (done, pass) => onProgress({ stage: 'paths', done, total: job.paths, pass }),
        });
  return { sensitivity, simulation };
};
