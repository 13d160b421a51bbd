import type { FactId } from '../../facts/fact.js';
import type { FactSet } from '../../facts/fact-set.js';
import { CONSTANTS } from '../../model/constants.js';
import type { Evaluation } from '../../model/evaluate.js';

/** One forecast vintage of the plan OpenAI told investors: the facts that give its revenue and free cash flow. */
export interface PlanVintage {
  /** When the forecast was made, as the reports date it ("Q1 2026"). */
  readonly vintage: string;
  /** Revenue by year: the fact that gives it. */
  readonly revenue: Readonly<Record<number, FactId>>;
  /** Free cash flow by year (negative = burn): the fact that gives it. */
  readonly freeCashFlow: Readonly<Record<number, FactId>>;
}

function years(prefix: string, from: number, to: number): Record<number, FactId> {
  const ids: Record<number, FactId> = {};
  for (let y = from; y <= to; y++) ids[y] = `${prefix}_${y}`;
  return ids;
}

/**
 * The company's plan in its three reported vintages, newest first (PUBLIC-FACTS C3, C9, C11, C12). The newest is the
 * one the model is compared with; the others show how the plan moved.
 */
export const PLAN_VINTAGES: readonly PlanVintage[] = [
  {
    vintage: 'Q1 2026',
    revenue: { 2026: 'PC11_2026', 2027: 'PC11_2027', 2030: 'PC12' },
    freeCashFlow: years('PC3_26Q1', 2025, 2030),
  },
  {
    vintage: 'Q3 2025',
    revenue: { 2028: 'PC9_2028', 2030: 'PC9_2030' },
    freeCashFlow: years('PC3_25Q3', 2025, 2030),
  },
  { vintage: 'Q1 2025', revenue: {}, freeCashFlow: years('PC3_25Q1', 2025, 2030) },
];

/** The two plan figures the model is held against. */
export type PlanMetric = 'revenue' | 'freeCashFlow';

/** The model's line for each plan figure. */
export const PLAN_LINES = { revenue: 'revenue.total', freeCashFlow: 'freeCashFlow' } as const;

/** One year of one plan figure: the model against the plan's newest vintage that gives that year. */
export interface PlanComparison {
  readonly metric: PlanMetric;
  readonly year: number;
  readonly fact: FactId;
  readonly vintage: string;
  readonly model: number;
  readonly plan: number;
  /** model − plan. */
  readonly variance: number;
  /** The difference the plan's precision allows: the larger of a share of the plan figure and a floor. */
  readonly allowed: number;
  readonly within: boolean;
}

/**
 * The plan figures a fact set holds, by metric and year: the newest vintage's where it gives the year.
 * @example planFigures(BUILTIN_FACT_SET).freeCashFlow[2030] // { fact: 'PC3_26Q1_2030', vintage: 'Q1 2026', value: 39 }
 */
export function planFigures(
  set: FactSet,
): Readonly<Record<PlanMetric, Readonly<Record<number, { fact: FactId; vintage: string; value: number }>>>> {
  const factValueById = new Map(set.facts.map((fact) => [fact.id, fact.value]));
  const figures: Record<PlanMetric, Record<number, { fact: FactId; vintage: string; value: number }>> = {
    revenue: {},
    freeCashFlow: {},
  };
  for (const metric of ['revenue', 'freeCashFlow'] as const)
    for (const vintage of PLAN_VINTAGES)
      for (const [year, fact] of Object.entries(vintage[metric])) {
        const value = factValueById.get(fact);
        const y = Number(year);
        if (typeof value === 'number' && figures[metric][y] === undefined)
          figures[metric][y] = { fact, vintage: vintage.vintage, value };
      }
  return figures;
}

/**
 * The model against the company's plan, year by year within the horizon (projected years only): each variance and
 * whether it is within the plan's precision (`planTolerance` of the plan figure, at least `planFloor`).
 * @example comparePlan(evaluate(BUILTIN_SCENARIOS.plan), BUILTIN_FACT_SET).every((c) => c.within) // true
 */
export function comparePlan(evaluation: Evaluation, set: FactSet): readonly PlanComparison[] {
  const figures = planFigures(set);
  const rows: PlanComparison[] = [];
  for (const metric of ['revenue', 'freeCashFlow'] as const) {
    const series = evaluation.lines[PLAN_LINES[metric]];
    for (const [year, figure] of Object.entries(figures[metric])) {
      const y = Number(year);
      const index = evaluation.years.indexOf(y);
      const model = series[index];
      if (y <= evaluation.lastActualYear || model === null || model === undefined) continue;
      const allowed = Math.max(
        CONSTANTS.planTolerance.value * Math.abs(figure.value),
        CONSTANTS.planFloor.value,
      );
      const variance = model - figure.value;
      rows.push({
        metric,
        year: y,
        fact: figure.fact,
        vintage: figure.vintage,
        model,
        plan: figure.value,
        variance,
        allowed,
        within: Math.abs(variance) <= allowed,
      });
    }
  }
  return rows;
}
