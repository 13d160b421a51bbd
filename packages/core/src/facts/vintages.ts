import { deepFreeze } from '../internal/deep-freeze.js';
import { PUBLIC_FACTS, PUBLIC_TIMELINE } from '../internal/facts/public-facts.js';
import { BUILTIN_ORIGIN, type Observation, type TimelineEvent } from './fact.js';
import { FACTS, TIMELINE } from './facts.js';

/** The date of the article every built-in fact comes from: the first vintage of F1–F17. */
export const BUILTIN_AS_OF = '2026-02-20';

/**
 * The built-in facts as observations: the article's F1–F17 (each the first vintage of its fact, as of the article's
 * day), then every figure of the public collection with its own as-of date.
 * @example BUILTIN_OBSERVATIONS[8].asOf // '2026-02-20'
 */
export const BUILTIN_OBSERVATIONS: readonly Observation[] = /* @__PURE__ */ deepFreeze([
  ...FACTS.map((fact) => ({ ...fact, asOf: BUILTIN_AS_OF, origin: BUILTIN_ORIGIN })),
  ...PUBLIC_FACTS.map((fact) => ({ ...fact, origin: BUILTIN_ORIGIN })),
]);
/** Oldest first by ISO date or month ("2026-06" sorts before "2026-06-01"). */
function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const left = a.date ?? '';
  const right = b.date ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The article's timeline and the public collection's events, dated ones oldest first, then the undated points.
 * @example BUILTIN_TIMELINE.at(-1)?.date // null
 */
export const BUILTIN_TIMELINE: readonly TimelineEvent[] = /* @__PURE__ */ deepFreeze([
  ...[...TIMELINE, ...PUBLIC_TIMELINE].filter((e) => e.date !== null).sort(byDate),
  ...TIMELINE.filter((e) => e.date === null),
]);
