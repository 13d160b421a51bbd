import { BUILTIN_MODEL, FACTS, type Scenario, variedSlots } from '@aifin/core';
import { type AnalysisJob, jobFacts } from '../analysis/analysis-protocol.js';

/**
 * The job the pane hands its worker: the scenario, the fact numbers, and the slots to vary (facts within their
 * qualifier's spread), chosen here so the worker's bundle carries no labels or reasons.
 * @example analysisJob(BUILTIN_SCENARIOS.base, 10_000, 1).varied.inputs.length // 25
 */
export const analysisJob = (scenario: Scenario, paths: number, seed: number): AnalysisJob => ({
  scenario,
  paths,
  seed,
  facts: jobFacts(FACTS),
  varied: variedSlots({
    scenario,
    facts: FACTS,
    holdFacts: false,
    distribution: 'pert',
    model: BUILTIN_MODEL,
  }),
});
