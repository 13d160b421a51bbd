import type { FactId, Observation } from '../../facts/fact.js';
import type { FactSet } from '../../facts/fact-set.js';
import type { CheckDef } from '../../model/checks.js';
import type { LineDef } from '../../model/lines.js';
import { SUMMARY_FIGURES } from '../../model/summary.js';
import { PUBLIC_FACTS } from '../facts/public-facts.js';

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

/**
 * The facts a model compiles as slots: every fact of the set but the built-in public ones its lines, summary figures
 * and checks do not read. A simulation draws each slot's fact within its qualifier's spread, so some 150 unread
 * figures would make every path draw numbers for nothing (and change the stream the read ones are drawn from).
 * @example slotFacts(BUILTIN_FACT_SET, LINES, CHECKS).length // about 40, not 180
 */
export function slotFacts(
  set: FactSet,
  lines: readonly LineDef[],
  checks: readonly CheckDef[],
): readonly Observation[] {
  const read = new Set<FactId>();
  collectFactReads([lines, SUMMARY_FIGURES, checks], read, new Set());
  return set.facts.filter((fact) => !PUBLIC_IDS.has(fact.id) || read.has(fact.id));
}
