import { readonlyMap } from '../internal/readonly-map.js';
import type { FactId, Observation } from './fact.js';
import { BUILTIN_OBSERVATIONS } from './vintages.js';

/**
 * The facts as known on a date: for each fact the latest observation with `asOf` on or before that date, and every
 * vintage beside it, so that a sheet or a table can show which one is in use. A fact set is a parameter of the
 * model, never a module constant.
 */
export interface FactSet {
  /** The date asked about (ISO YYYY-MM-DD), or null for "everything known". */
  readonly asOf: string | null;
  /** The observation in use for each fact known on that date: built-in ids first in their order, then new ids. */
  readonly facts: readonly Observation[];
  /** Every observation of each fact, oldest first (later vintages included, for display). */
  readonly vintages: ReadonlyMap<FactId, readonly Observation[]>;
  /** The latest `asOf` among the facts in use: the date the set's figures are as of. */
  readonly latest: string;
}

const byAsOf = (a: Observation, b: Observation): number => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0);

/**
 * Resolves observations into the fact set known on `asOf` (default: every observation). A fact with no observation
 * on or before that date is left out. Observations are trusted: a facts file is validated when it is parsed.
 * @example resolveFactSet(BUILTIN_OBSERVATIONS, '2026-02-20').facts.length // 94: F1–F17 and the public figures known by then
 */
export const resolveFactSet = (
  observations: readonly Observation[] = BUILTIN_OBSERVATIONS,
  asOf: string | null = null,
): FactSet => {
  const vintages = new Map<FactId, Observation[]>();
  for (const observation of observations) {
    const list = vintages.get(observation.id);
    if (list) list.push(observation);
    else vintages.set(observation.id, [observation]);
  }
  const facts: Observation[] = [];
  for (const list of vintages.values()) {
    list.sort(byAsOf);
    const known = list.filter((o) => asOf === null || o.asOf <= asOf);
    const inUse = known.at(-1);
    if (inUse) facts.push(inUse);
  }
  let latest = '';
  for (const fact of facts) if (fact.asOf > latest) latest = fact.asOf;
  // Read-only, lists and lookups alike: a set is shared (a model is compiled once per set and kept), so a caller
  // writing into it would change what every later evaluation of it reads.
  for (const list of vintages.values()) Object.freeze(list);
  return Object.freeze({ asOf, facts: Object.freeze(facts), vintages: readonlyMap(vintages), latest });
};

/**
 * The fact set of every built-in vintage: the article's F1–F17 and the public collection.
 * @example BUILTIN_FACT_SET.latest // '2026-06-30' (the public collection's close)
 */
export const BUILTIN_FACT_SET: FactSet = resolveFactSet(BUILTIN_OBSERVATIONS);

/**
 * The observation in use for a fact; undefined when the set does not hold it on its date.
 * @example factInUse(BUILTIN_FACT_SET, 'F9')?.value // 9
 */
export const factInUse = (set: FactSet, id: FactId): Observation | undefined =>
  set.facts.find((fact) => fact.id === id);
