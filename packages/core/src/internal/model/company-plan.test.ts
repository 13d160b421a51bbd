import { describe, expect, it } from 'vitest';
import { BUILTIN_FACT_SET, resolveFactSet } from '../../facts/fact-set.js';
import { BUILTIN_OBSERVATIONS } from '../../facts/vintages.js';
import { evaluate } from '../../model/evaluate.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { comparePlan, planFigures } from './company-plan.js';

describe('the company’s plan beside the model', () => {
  it('holds the plan of early 2026 (PC3_26Q1, PC11, PC12) and the older vintages where the newest is silent', () => {
    const figures = planFigures(BUILTIN_FACT_SET);
    expect(figures.freeCashFlow[2030]).toEqual({ fact: 'PC3_26Q1_2030', vintage: 'Q1 2026', value: 39 });
    expect(figures.revenue[2030]).toMatchObject({ fact: 'PC12', value: 280 });
    expect(figures.revenue[2028]).toMatchObject({ fact: 'PC9_2028', vintage: 'Q3 2025' });
  });

  it('reproduces the plan through the plan scenario’s drivers: revenue and free cash flow within the plan’s precision, 2026–2030', () => {
    const rows = comparePlan(evaluate(BUILTIN_SCENARIOS.plan), BUILTIN_FACT_SET);
    const years = (metric: string) => rows.filter((r) => r.metric === metric).map((r) => r.year);
    expect(years('freeCashFlow')).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(years('revenue')).toEqual([2026, 2027, 2028, 2030]);
    for (const row of rows)
      expect(Math.abs(row.variance), `${row.metric} ${row.year}`).toBeLessThanOrEqual(row.allowed);
  });

  it('flags where a scenario leaves the plan: base misses it, by the measure the Checks sheet shows', () => {
    const base = evaluate(BUILTIN_SCENARIOS.base);
    const outside = comparePlan(base, BUILTIN_FACT_SET).filter((r) => !r.within);
    expect(outside.length).toBeGreaterThan(0);
    expect(base.checks.find((c) => c.id === 'plan.variance')?.status).toBe('flag');
    expect(evaluate(BUILTIN_SCENARIOS.plan).checks.find((c) => c.id === 'plan.variance')?.status).toBe('ok');
  });

  it('compares only the vintages known on the date asked about', () => {
    const article = resolveFactSet(BUILTIN_OBSERVATIONS, '2026-02-20');
    // PC12 (280 B in 2030) was reported the day after the article: not yet known then.
    expect(planFigures(article).revenue[2030]).toMatchObject({ fact: 'PC9_2030', value: 200 });
  });
});
