// Test support only (not in dist): a plan for built-in scenarios and a run in this thread.
import { FACTS } from '../facts/facts.js';
import type { Model } from '../model/compile-model.js';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Distribution } from './distributions.js';
import { prepareSimulation } from './simulate.js';
import { type Sampling, type SimulationPlan, simulationPlan } from './simulation-plan.js';
import { localThreads, runSimulation, type SimulationHooks } from './simulation-runner.js';

export interface PlanOptions {
  readonly paths?: number;
  readonly seed?: number;
  readonly holdFacts?: boolean;
  readonly distribution?: Distribution;
  readonly sampling?: Sampling;
  readonly model?: Model;
  readonly weights?: readonly number[];
}

export function planFor(
  scenarios: Scenario | readonly Scenario[],
  options: PlanOptions = {},
): SimulationPlan {
  const list = Array.isArray(scenarios) ? scenarios : [scenarios as Scenario];
  return simulationPlan({
    scenarios: list.map((scenario, i) => ({ scenario, weight: options.weights?.[i] ?? 1 })),
    facts: FACTS,
    holdFacts: options.holdFacts ?? false,
    distribution: options.distribution ?? 'pert',
    sampling: options.sampling ?? 'lhs',
    seed: options.seed ?? 1,
    paths: options.paths ?? 2_000,
    model: options.model ?? BUILTIN_MODEL,
  });
}

export function simulateHere(
  plan: SimulationPlan,
  hooks: SimulationHooks = {},
  model: Model = BUILTIN_MODEL,
) {
  const prepared = prepareSimulation(model, plan);
  return runSimulation(prepared, localThreads(prepared), hooks);
}
