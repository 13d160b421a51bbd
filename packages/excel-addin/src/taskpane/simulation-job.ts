import { BUILTIN_MODEL, FACTS, type Scenario, variedSlots } from '@aifin/core';
import { jobFacts, type SimulationJob } from '../analysis/simulation-protocol.js';

/**
 * The job the pane hands its worker: the scenario, the fact numbers, and the slots to vary (facts within their
 * qualifier's spread), chosen here so the worker's bundle carries no labels or reasons.
 * @example simulationJob(BUILTIN_SCENARIOS.base, 10_000, 1).varied.inputs.length // 25
 */
export const simulationJob = (scenario: Scenario, paths: number, seed: number): SimulationJob => ({
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
