import { describe, expect, it } from 'vitest';
import { BUILTIN_FACT_SET, resolveFactSet } from '../facts/fact-set.js';
import { parseFactsText } from '../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { actualsOf } from './actuals.js';
import { evaluate } from './evaluate.js';
import { modelForFacts } from './model-for-facts.js';

const ARR_2026 =
  'facts:\n  - { id: X1, company: OpenAI, metric: arr, period: 2026, value: 30, unit: usdB, qualifier: approx, asOf: 2026-11-20, source: { publisher: Reuters } }\n';
const withFile = (text: string, asOf: string | null = null) =>
  resolveFactSet([...BUILTIN_OBSERVATIONS, ...parseFactsText(text, 'actuals.yaml')], asOf);

describe('actuals roll the model forward', () => {
  it('keeps 2025 as the last actual year on the built-in facts', () => {
    expect(actualsOf(BUILTIN_FACT_SET).lastActualYear).toBe(2025);
    expect(evaluate(BUILTIN_SCENARIOS.base).lastActualYear).toBe(2025);
  });

  it('makes 2026 history with an ARR actual for 2026: calibrated to it, the projection starting in 2027', () => {
    const base = BUILTIN_SCENARIOS.base;
    const before = evaluate(base);
    const after = evaluate(base, modelForFacts(withFile(ARR_2026)));
    expect(after.lastActualYear).toBe(2026);
    // The horizon keeps its length: one more year of history, the same number of projected years.
    expect(after.years).toEqual([...before.years, (before.years.at(-1) as number) + 1]);
    const i2026 = after.years.indexOf(2026);
    expect(after.lines['arr.total'][i2026]).toBe(30);
    // The 2026 split uses the latest mix facts (F10–F12 in use).
    expect(after.lines['arr.enterprise'][i2026]).toBeCloseTo(30 * 0.6, 12);
    expect(after.lines['arr.api'][i2026]).toBeCloseTo(30 * 0.25, 12);
    // Revenue is derived as for 2024–25: between the ARRs that bound the year.
    const revenue = after.lines['revenue.total'][i2026] as number;
    expect(revenue).toBeCloseTo((30 - 20) / Math.log(30 / 20), 12);
    // Growth (an assumption) starts in 2027: not modelled in 2026, the scenario's first-year growth in 2027.
    expect(after.lines['growth.enterprise'][i2026]).toBeNull();
    expect(after.lines['growth.enterprise'][i2026 + 1]).toBe(base.inputs.enterpriseGrowth2026);
    expect(after.lines['arr.enterprise'][i2026 + 1]).toBeCloseTo(
      18 * (1 + base.inputs.enterpriseGrowth2026),
      12,
    );
    // 2025 stays calibrated to the audited operating loss (PB14).
    expect(after.lines.operatingIncome[after.years.indexOf(2025)]).toBeCloseTo(-20.92, 1);
  });

  it('is undone by --as-of before the actual was known', () => {
    const evaluation = evaluate(BUILTIN_SCENARIOS.base, modelForFacts(withFile(ARR_2026, '2026-11-19')));
    expect(evaluation.lastActualYear).toBe(2025);
    expect(evaluation.years).toEqual(evaluate(BUILTIN_SCENARIOS.base).years);
  });

  it('needs the years to run on: an ARR for 2027 without 2026 rolls nothing forward', () => {
    const gap = ARR_2026.replace('period: 2026', 'period: 2027');
    expect(actualsOf(withFile(gap)).lastActualYear).toBe(2025);
  });

  it('takes consecutive actuals, the later-known one where two give a year, and ignores Anthropic', () => {
    const text = [
      'facts:',
      '  - { id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: A } }',
      '  - { id: X2, metric: arr, period: 2026, value: 31, asOf: 2026-12-20, source: { publisher: B } }',
      '  - { id: X3, metric: arr, period: 2027, value: 50, asOf: 2027-12-20, source: { publisher: C } }',
      '  - { id: X4, company: Anthropic, metric: arr, period: 2028, value: 50, asOf: 2028-12-20, source: { publisher: C } }',
    ].join('\n');
    const actuals = actualsOf(withFile(text));
    expect(actuals.lastActualYear).toBe(2027);
    expect(actuals.arrFacts).toEqual({ 2023: 'F5', 2024: 'F6', 2025: 'F7', 2026: 'X2', 2027: 'X3' });
    const evaluation = evaluate(BUILTIN_SCENARIOS.base, modelForFacts(withFile(text)));
    expect(evaluation.lines['arr.total'].slice(3, 5)).toEqual([31, 50]);
  });
});
