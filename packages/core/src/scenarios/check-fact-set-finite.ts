import { userErrors } from '../errors/messages.js';
import type { Observation } from '../facts/fact.js';
import { BUILTIN_FACT_SET, type FactSet } from '../facts/fact-set.js';
import { MAX_HORIZON } from '../model/calendar.js';
import { runChecks } from '../model/checks.js';
import type { Model } from '../model/compile-model.js';
import type { EvaluationRequest } from '../model/evaluate.js';
import { modelForFacts } from '../model/model-for-facts.js';
import type { ScalarFrame } from '../model/scalar.js';
import { summarize } from '../model/summary.js';
import { BUILTIN_SCENARIOS } from './builtins.js';

/** Where a value turned non-finite: a line in a year, a summary figure or a check, and the scenario. */
interface NonFinite {
  readonly scenario: string;
  readonly where: string;
  readonly value: number;
}

/** The first non-finite value a scenario's evaluation holds with these fact slots, or null. */
function firstNonFinite(
  model: Model,
  scenario: EvaluationRequest,
  facts: Float64Array,
  values: Float64Array,
): NonFinite | null {
  const years = model.yearsFor(scenario.horizon);
  const inputs = model.inputSlots(scenario.inputs);
  model.evaluateInto(inputs, facts, years.length, values);
  const found = (where: string, value: number): NonFinite => ({ scenario: scenario.name, where, value });
  for (const def of model.lines) {
    const offset = (model.rowOf.get(def.id) as number) * model.stride;
    for (let index = model.firstIndex.get(def.id) as number; index < years.length; index++) {
      const value = values[offset + index] as number;
      if (!Number.isFinite(value)) return found(`${def.id} in ${years[index]}`, value);
    }
  }
  const frame: ScalarFrame = { model, years, values, inputs, facts };
  for (const [key, value] of Object.entries(summarize(frame)))
    if (typeof value === 'number' && !Number.isFinite(value))
      return found(`the summary figure ${key}`, value);
  for (const check of runChecks(frame))
    for (const value of [check.measured, check.bound])
      if (!Number.isFinite(value)) return found(`the check ${check.id}`, value);
  return null;
}

/** The first non-finite value over the scenarios, each at its own horizon and at the longest. */
function firstNonFiniteOf(
  model: Model,
  scenarios: readonly EvaluationRequest[],
  facts: Float64Array,
): NonFinite | null {
  const values = new Float64Array(model.lines.length * model.stride);
  for (const scenario of scenarios)
    for (const horizon of new Set([scenario.horizon, MAX_HORIZON])) {
      const found = firstNonFinite(model, { ...scenario, horizon }, facts, values);
      if (found) return found;
    }
  return null;
}

/**
 * The facts that cause it, fewest first: each changed fact (a value or year that differs from the built-in one) is
 * put back to its built-in number in turn, and kept back when the model stays non-finite without it. What is left
 * is a set of facts each of which is needed (every mix fact at 0 names all three). Facts new to the set cannot be
 * put back; when no changed fact is needed, the new ones are named.
 */
function culprits(
  set: FactSet,
  model: Model,
  scenarios: readonly EvaluationRequest[],
): readonly Observation[] {
  const builtin = new Map(BUILTIN_FACT_SET.facts.map((fact) => [fact.id, fact]));
  const facts = Float64Array.from(model.factDefaults);
  const slotsOf = new Map<string, { readonly slot: number; readonly reference: number }[]>();
  model.factSlots.forEach(({ id, field }, slot) => {
    const reference = builtin.get(id)?.[field];
    if (typeof reference !== 'number' || reference === facts[slot]) return;
    slotsOf.set(id, [...(slotsOf.get(id) ?? []), { slot, reference }]);
  });
  const needed: Observation[] = [];
  for (const fact of set.facts) {
    const slots = slotsOf.get(fact.id);
    if (!slots) continue;
    const trial = Float64Array.from(facts);
    for (const { slot, reference } of slots) trial[slot] = reference;
    if (firstNonFiniteOf(model, scenarios, trial)) facts.set(trial);
    else needed.push(fact);
  }
  return needed.length > 0 ? needed : set.facts.filter((fact) => !builtin.has(fact.id));
}

/**
 * Refuses a fact set under which the model would compute a value that is not a finite number — any line in any
 * year, any summary figure, any check — on the built-in scenarios (or those given), each at its own horizon and at
 * 15 years. The error names the facts that cause it (every mix fact at 0; a value of 1e308) and where it shows.
 * `validate`, `project` and `export` call it on every fact set they read from files, so NaN never reaches a table
 * or a workbook.
 * @example checkFactSetFinite(resolveFactSet([...BUILTIN_OBSERVATIONS, ...parseFactsText(text, 'f.yaml')]))
 */
export function checkFactSetFinite(
  set: FactSet,
  scenarios: readonly EvaluationRequest[] = Object.values(BUILTIN_SCENARIOS),
): void {
  if (typeof set !== 'object' || set === null || !Array.isArray(set.facts))
    throw new TypeError('checkFactSetFinite() needs a FactSet (see resolveFactSet)');
  const model = modelForFacts(set);
  const found = firstNonFiniteOf(model, scenarios, Float64Array.from(model.factDefaults));
  if (!found) return;
  throw userErrors.factsNonFinite(culprits(set, model, scenarios), found.where, found.value, found.scenario);
}
