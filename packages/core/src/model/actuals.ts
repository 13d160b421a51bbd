import type { FactId } from '../facts/fact.js';
import type { FactSet } from '../facts/fact-set.js';
import { LAST_HISTORY_YEAR } from './calendar.js';
import { BUILTIN_ACTUALS, type LineActuals } from './lines.js';

/**
 * The history a fact set gives the model: the built-in years 2023–2025, then each following year for which the set
 * holds an OpenAI ARR figure, as long as the years run on without a gap (an ARR for 2027 without one for 2026 does
 * not make 2026 history). Where two ARR facts give one year, the later-known one counts.
 * @example actualsOf(BUILTIN_FACT_SET).lastActualYear // 2025
 */
export const actualsOf = (set: FactSet): LineActuals => {
  const byYear = new Map<number, { readonly id: FactId; readonly asOf: string }>();
  for (const fact of set.facts) {
    if (
      fact.company !== 'OpenAI' ||
      fact.kind !== 'arr' ||
      fact.year === null ||
      fact.year <= LAST_HISTORY_YEAR
    )
      continue;
    const known = byYear.get(fact.year);
    if (!known || fact.asOf > known.asOf) byYear.set(fact.year, { id: fact.id, asOf: fact.asOf });
  }
  if (byYear.size === 0) return BUILTIN_ACTUALS;
  const arrFacts: Record<number, FactId> = { ...BUILTIN_ACTUALS.arrFacts };
  let lastActualYear = LAST_HISTORY_YEAR;
  for (let year = LAST_HISTORY_YEAR + 1; byYear.has(year); year++) {
    arrFacts[year] = (byYear.get(year) as { readonly id: FactId }).id;
    lastActualYear = year;
  }
  return lastActualYear === LAST_HISTORY_YEAR ? BUILTIN_ACTUALS : { lastActualYear, arrFacts };
};
