import { buildLines, checksFor, compileModel, type Model } from '@aifin/core';
import type { AnalysisJob } from './analysis-protocol.js';

/**
 * The model a worker compiles from a job's fact numbers and history: the same model `modelForFacts` gives the pane,
 * with no import of the built-in facts' texts.
 * @example const model = jobModel(analysisJob(BUILTIN_SCENARIOS.base, 10_000, 1))
 */
export function jobModel(job: Pick<AnalysisJob, 'facts' | 'actuals'>): Model {
  return compileModel({
    lines: buildLines(job.actuals),
    facts: job.facts,
    lastActualYear: job.actuals.lastActualYear,
    checks: checksFor(job.actuals),
  });
}
