import { sensitivityStudy } from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation } from '@aifin/core/analysis';
import {
  type AnalysisJob,
  type AnalysisProgress,
  type AnalysisResult,
  PANE_IN_MEMORY_BUDGET_BYTES,
} from './analysis-protocol.js';
import { jobModel } from './job-model.js';

/**
 * Runs an analysis job (in the worker; in tests, directly): the sensitivity study step by step, then the
 * simulation through core's runner on this thread alone (the worker is the pane's one thread off the UI), in
 * memory or (above `PANE_IN_MEMORY_BUDGET_BYTES`) streaming in passes, reporting progress as it goes.
 * @example await runJob(analysisJob(BUILTIN_SCENARIOS.base, 10_000, 1), (progress) => {})
 */
export async function runJob(
  job: AnalysisJob,
  onProgress: (progress: AnalysisProgress) => void,
  budgetBytes = PANE_IN_MEMORY_BUDGET_BYTES,
): Promise<AnalysisResult> {
  const model = jobModel(job);
  const sensitivity = sensitivityStudy(job.scenario, model, (done, total) =>
    onProgress({ stage: 'sensitivity', done, total, pass: 0 }),
  );
  const prepared = prepareSimulation(model, job.plan);
  const total = job.plan.paths;
  const simulation = await runSimulation(prepared, localThreads(prepared), {
    budgetBytes,
    onProgress: ({ done, pass, maxPasses }) =>
      onProgress({ stage: 'paths', done, total, pass: maxPasses === 1 ? 0 : pass }),
  });
  return { sensitivity, simulation };
}
