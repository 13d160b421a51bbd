import { BUILTIN_FACT_SET, type FactSet } from '../facts/fact-set.js';
import { slotFacts } from '../internal/model/slot-facts.js';
import { actualsOf } from './actuals.js';
import { checksFor } from './checks.js';
import { compileModel, type Model } from './compile-model.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { buildLines } from './lines.js';

/** How many compiled instances the cache keeps: a session uses one or two fact sets, a test a handful. */
const CACHE_SIZE = 16;

const byKey = new Map<string, Model>();
const bySet = new WeakMap<FactSet, Model>();

/** The numbers a model takes from a fact set: two sets with the same numbers share one instance. */
const keyOf = (set: FactSet): string =>
  set.facts
    .map((fact) => `${fact.id}:${fact.kind}:${fact.company}:${fact.value}:${fact.year}:${fact.asOf}`)
    .join('|');

const BUILTIN_KEY = keyOf(BUILTIN_FACT_SET);

/**
 * The model instance of a fact set, compiled once and kept. An OpenAI ARR actual for a year after 2025 rolls the
 * model forward (that year becomes history; the projection starts the year after; see `actualsOf`). Compiled once: repeated `evaluate()` calls with the same set (or one
 * with the same numbers) reuse it, so a facts file costs one compilation, not one per evaluation.
 * @example evaluate(BUILTIN_SCENARIOS.base, modelForFacts(resolveFactSet(observations, '2026-06-01')))
 */
export const modelForFacts = (set: FactSet): Model => {
  const cached = bySet.get(set);
  if (cached) return cached;
  const key = keyOf(set);
  let model = key === BUILTIN_KEY ? BUILTIN_MODEL : byKey.get(key);
  if (!model) {
    const actuals = actualsOf(set);
    const lines = buildLines(actuals);
    const checks = checksFor(actuals);
    model = compileModel({
      lines,
      facts: slotFacts(set, lines, checks),
      lastActualYear: actuals.lastActualYear,
      checks,
    });
    if (byKey.size >= CACHE_SIZE) byKey.delete(byKey.keys().next().value as string);
    byKey.set(key, model);
  }
  bySet.set(set, model);
  return model;
};
