import type { FactId } from '../facts/fact.js';
import type { FactSet } from '../facts/fact-set.js';
import { planFigures } from '../internal/model/company-plan.js';
import { LAST_HISTORY_YEAR } from './calendar.js';
import { ARTICLE_ACTUALS, AUDITED_2025_FACTS, CLOSED_ROUND_FACTS, type LineActuals } from './lines.js';

/**
 * The history a fact set gives the model: the built-in years 2023–2025, then each following year for which the set
 * holds an OpenAI ARR figure, as long as the years run on without a gap (an ARR for 2027 without one for 2026 does
 * not make 2026 history). Where two ARR facts give one year, the later-known one counts. The 2025 P&L stands on the
 * audited accounts when the set holds every figure of them (else on the article's loss), and the round on its
 * closing figures when known (else on F1 and F2): an `--as-of` before a report gives the model as known then.
 * @example actualsOf(BUILTIN_FACT_SET).pnl2025 // 'audited'
 */
export function actualsOf(set: FactSet): LineActuals {
  const known = new Set(set.facts.filter((fact) => fact.value !== null).map((fact) => fact.id));
  const basis = {
    pnl2025: AUDITED_2025_FACTS.every((id) => known.has(id)) ? 'audited' : 'article',
    round: CLOSED_ROUND_FACTS.every((id) => known.has(id)) ? 'closed' : 'article',
  } as const;
  const figures = planFigures(set);
  const factsOf = (metric: 'revenue' | 'freeCashFlow') =>
    Object.fromEntries(Object.entries(figures[metric]).map(([year, figure]) => [Number(year), figure.fact]));
  return {
    ...arrHistoryOf(set),
    ...basis,
    plan: { revenue: factsOf('revenue'), freeCashFlow: factsOf('freeCashFlow') },
  };
}

function arrHistoryOf(set: FactSet): Pick<LineActuals, 'lastActualYear' | 'arrFacts'> {
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
  const base = { lastActualYear: LAST_HISTORY_YEAR, arrFacts: ARTICLE_ACTUALS.arrFacts };
  if (byYear.size === 0) return base;
  const arrFacts: Record<number, FactId> = { ...ARTICLE_ACTUALS.arrFacts };
  let lastActualYear = LAST_HISTORY_YEAR;
  for (let year = LAST_HISTORY_YEAR + 1; byYear.has(year); year++) {
    arrFacts[year] = (byYear.get(year) as { readonly id: FactId }).id;
    lastActualYear = year;
  }
  return lastActualYear === LAST_HISTORY_YEAR ? base : { lastActualYear, arrFacts };
}
