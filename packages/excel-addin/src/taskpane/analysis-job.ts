import { actualsOf, BUILTIN_FACT_SET, type FactSet, modelForFacts, type Scenario } from '@aifin/core';
import { simulationPlan } from '@aifin/core/analysis';
import { type AnalysisJob, jobFacts } from '../analysis/analysis-protocol.js';

/**
 * The job the pane hands its worker: the scenario, the fact numbers and history of the facts in use (the built-in
 * article, or with imported facts files), and the slots to vary (facts within their qualifier's spread), chosen
 * here so the worker's bundle carries no labels or reasons.
 * @example analysisJob(BUILTIN_SCENARIOS.base, 10_000, 1).plan.components[0].varied.inputs.length // 25
 */
export const analysisJob = (
  scenario: Scenario,
  paths: number,
  seed: number,
  factSet: FactSet = BUILTIN_FACT_SET,
): AnalysisJob => {
  const model = modelForFacts(factSet);
  // The facts the model holds slots for (the ones it reads), in the set's order: the worker compiles the same slots.
  const slotted = new Set(model.factSlots.map((slot) => slot.id));
  return {
    scenario,
    facts: jobFacts(factSet.facts.filter((fact) => slotted.has(fact.id))),
    actuals: actualsOf(factSet),
    plan: simulationPlan({
      scenarios: [{ scenario, weight: 1 }],
      facts: factSet.facts,
      holdFacts: false,
      distribution: 'pert',
      sampling: 'lhs',
      seed,
      paths,
      model,
    }),
  };
};
