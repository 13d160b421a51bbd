import type { FactId, Observation } from '../facts/fact.js';
import { BUILTIN_FACT_SET, type FactSet } from '../facts/fact-set.js';
import { PUBLIC_FACTS } from '../facts/public-facts.js';
import { actualsOf } from './actuals.js';
import { CHECKS } from './checks.js';
import { compileModel, type Model } from './compile-model.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { buildLines, LINES } from './lines.js';
import { SUMMARY_FIGURES } from './summary.js';

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
const LINES_LAST_YEAR = BUILTIN_MODEL.lastActualYear;

/** The ids of the built-in public facts: a model holds a slot for one only when it reads it. */
const PUBLIC_IDS: ReadonlySet<FactId> = new Set(PUBLIC_FACTS.map((fact) => fact.id));

/** Every fact id an expression tree reads (`{ k: 'fact', id }` nodes), however the definitions nest them. */
function collectFactReads(value: unknown, into: Set<FactId>, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const node = value as { readonly k?: unknown; readonly id?: unknown };
  if (node.k === 'fact' && typeof node.id === 'string') into.add(node.id);
  for (const child of Object.values(value)) collectFactReads(child, into, seen);
}

const readsByLines = new WeakMap<object, ReadonlySet<FactId>>();

/** The facts a model of these lines reads: its lines, summary figures and checks. */
function factsRead(lines: typeof LINES): ReadonlySet<FactId> {
  let read = readsByLines.get(lines);
  if (!read) {
    const into = new Set<FactId>();
    collectFactReads([lines, SUMMARY_FIGURES, CHECKS], into, new Set());
    read = into;
    readsByLines.set(lines, read);
  }
  return read;
}

/**
 * The facts a model compiles as slots: every fact of the set but the built-in public ones it does not read. A
 * simulation draws each slot's fact within its qualifier's spread, so some 170 unread figures would make every path
 * draw 170 numbers for nothing (and change the stream the read ones are drawn from).
 */
function slotFacts(set: FactSet, lines: typeof LINES): readonly Observation[] {
  const read = factsRead(lines);
  return set.facts.filter((fact) => !PUBLIC_IDS.has(fact.id) || read.has(fact.id));
}

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
    const lines = actuals.lastActualYear === LINES_LAST_YEAR ? LINES : buildLines(actuals);
    model = compileModel({ lines, facts: slotFacts(set, lines), lastActualYear: actuals.lastActualYear });
    if (byKey.size >= CACHE_SIZE) byKey.delete(byKey.keys().next().value as string);
    byKey.set(key, model);
  }
  bySet.set(set, model);
  return model;
};
