import { analysisErrors } from '../errors/analysis-messages.js';
import type { Fact } from '../facts/fact.js';
import { assertModel, assertPathsAndSeed } from '../internal/analysis/assert-analysis-request.js';
import { factRanges } from '../internal/analysis/fact-ranges.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { assertEvaluationRequest } from '../internal/model/assert-evaluation-request.js';
import { scenarioCorrelations } from '../internal/scenarios/builtin-correlations.js';
import type { Model } from '../model/compile-model.js';
import { INPUT_IDS, INPUTS, type InputId, type InputValues } from '../model/inputs.js';
import { inputRanges } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Distribution } from './distributions.js';
import { DISTRIBUTIONS } from './distributions.js';

/** How a simulation spreads its uniforms: Latin hypercube strata (the default, as \@RISK does) or plain Monte Carlo. */
export type Sampling = 'lhs' | 'mc';

/** The samplings a simulation offers, the default first. */
export const SAMPLINGS: readonly Sampling[] = /* @__PURE__ */ deepFreeze(['lhs', 'mc']);

/** One varied slot: where it sits and its low / value / high. */
export interface Varied {
  readonly slot: number;
  readonly low: number;
  readonly value: number;
  readonly high: number;
  readonly integer: boolean;
}

/** Which input and fact slots a simulation varies, within which low / value / high: plain data a worker can take. */
export interface VariedSlots {
  readonly inputs: readonly Varied[];
  readonly facts: readonly Varied[];
}

/** What `variedSlots` reads. */
export interface VariedRequest {
  readonly scenario: Scenario;
  /** The fact set whose qualifiers give the facts' spreads (only id, kind, qualifier read). */
  readonly facts: readonly Pick<Fact, 'id' | 'kind' | 'qualifier'>[];
  /** Keep every fact at its reported value (`--hold-facts`). */
  readonly holdFacts: boolean;
  readonly model: Model;
}

/**
 * The slots a simulation varies: every input with a range wider than a point (a choice is held at the scenario's
 * option; a mixture varies it by weight) and, unless held, every fact the model reads that has a spread.
 * @example variedSlots({ scenario: base, facts: FACTS, holdFacts: false, model: BUILTIN_MODEL }).inputs.length
 */
export function variedSlots(request: VariedRequest): VariedSlots {
  if (typeof request !== 'object' || request === null)
    throw new TypeError('variedSlots() needs a request object');
  assertEvaluationRequest(request.scenario);
  assertModel(request.model, 'variedSlots()');
  if (!Array.isArray(request.facts)) throw new TypeError('variedSlots() needs the facts as an array');
  if (typeof request.holdFacts !== 'boolean')
    throw new TypeError('variedSlots() needs holdFacts as true or false');
  const ranges = inputRanges(request.scenario);
  const inputs: Varied[] = [];
  INPUT_IDS.forEach((id, slot) => {
    const range = ranges[id];
    if (range === null || range.low === range.high) return;
    const value = request.scenario.inputs[id];
    inputs.push({ slot, low: range.low, value, high: range.high, integer: INPUTS[id].integer === true });
  });
  const facts = request.holdFacts
    ? []
    : factRanges(request.model, request.facts).map(({ slot, low, value, high }) => ({
        slot,
        low,
        value,
        high,
        integer: false,
      }));
  return { inputs, facts };
}

/** One scenario of a run (a mixture has several): its inputs, its varied slots and its correlations. */
export interface SimulationComponent {
  readonly name: string;
  readonly weight: number;
  readonly inputs: InputValues;
  readonly varied: VariedSlots;
  /** Rank correlations between input slots: `[slotA, slotB, rho]`. */
  readonly correlations: readonly (readonly [number, number, number])[];
}

/** A whole run, as plain data: what a worker needs besides the model to draw any path of it. */
export interface SimulationPlan {
  /** What the run is called in results: the scenario's name, or the mixture as `bear:1,base:2,bull:1`. */
  readonly scenario: string;
  readonly mixture: readonly { readonly scenario: string; readonly weight: number }[] | null;
  readonly components: readonly SimulationComponent[];
  readonly horizon: number;
  readonly distribution: Distribution;
  readonly sampling: Sampling;
  readonly seed: number;
  readonly paths: number;
}

/** What to simulate: one scenario, or several with weights (a mixture), and how to draw. */
export interface SimulationRequest {
  readonly scenarios: readonly { readonly scenario: Scenario; readonly weight: number }[];
  readonly facts: readonly Pick<Fact, 'id' | 'kind' | 'qualifier'>[];
  readonly holdFacts: boolean;
  readonly distribution: Distribution;
  readonly sampling: Sampling;
  readonly seed: number;
  readonly paths: number;
  /** The model instance (`BUILTIN_MODEL`, or one compiled from a fact set): a worker compiles its own. */
  readonly model: Model;
}

const slotOf = new Map<InputId, number>(INPUT_IDS.map((id, i) => [id, i]));

/**
 * The plan of a run: each scenario's varied slots and correlations, resolved once. A mixture's scenarios must share
 * a horizon (their years are one set of columns).
 * @example simulationPlan({ scenarios: [{ scenario: base, weight: 1 }], facts: FACTS, holdFacts: false, distribution: 'pert', sampling: 'lhs', seed: 1, paths: 10_000, model })
 */
export function simulationPlan(request: SimulationRequest): SimulationPlan {
  if (typeof request !== 'object' || request === null || !Array.isArray(request.scenarios))
    throw new TypeError('simulationPlan() needs a request with a list of scenarios');
  if (!(DISTRIBUTIONS as readonly unknown[]).includes(request.distribution))
    throw analysisErrors.distribution(String(request.distribution), DISTRIBUTIONS);
  assertPathsAndSeed(request.paths, request.seed, 'simulationPlan()');
  const [first] = request.scenarios;
  if (first === undefined) throw new Error('a simulation needs a scenario');
  for (const { scenario } of request.scenarios)
    if (scenario.horizon !== first.scenario.horizon)
      throw analysisErrors.mixHorizon(first.scenario.name, scenario.name);
  const components = request.scenarios.map(({ scenario, weight }) => ({
    name: scenario.name,
    weight,
    inputs: scenario.inputs,
    varied: variedSlots({
      scenario,
      facts: request.facts,
      holdFacts: request.holdFacts,
      model: request.model,
    }),
    correlations: scenarioCorrelations(scenario).map(
      ([a, b, rho]) => [slotOf.get(a) as number, slotOf.get(b) as number, rho] as const,
    ),
  }));
  const mixed = request.scenarios.length > 1;
  return {
    scenario: mixed
      ? request.scenarios.map(({ scenario, weight }) => `${scenario.name}:${weight}`).join(',')
      : first.scenario.name,
    mixture: mixed
      ? request.scenarios.map(({ scenario, weight }) => ({ scenario: scenario.name, weight }))
      : null,
    components,
    horizon: first.scenario.horizon,
    distribution: request.distribution,
    sampling: request.sampling,
    seed: request.seed,
    paths: request.paths,
  };
}
