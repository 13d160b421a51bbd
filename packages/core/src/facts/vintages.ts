import { deepFreeze } from '../deep-freeze.js';
import { BUILTIN_ORIGIN, type Observation } from './fact.js';
import { FACTS } from './facts.js';

/** The date of the article every built-in fact comes from: the first vintage of F1–F17. */
export const BUILTIN_AS_OF = '2026-02-20';

/**
 * The built-in facts as observations: each the first vintage of its fact.
 * @example BUILTIN_OBSERVATIONS[8].asOf // '2026-02-20'
 */
export const BUILTIN_OBSERVATIONS: readonly Observation[] = /* @__PURE__ */ deepFreeze(
  FACTS.map((fact) => ({
    ...fact,
    asOf: BUILTIN_AS_OF,
    origin: BUILTIN_ORIGIN,
  })),
);
