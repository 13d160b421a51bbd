import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { modelYears } from './calendar.js';
import { CHECK_IDS } from './checks.js';
import { BUILTIN_MODEL, evaluate } from './evaluate.js';
import { LINE_IDS } from './line-ids.js';

describe('evaluate', () => {
  it.each([
    ['base', BUILTIN_SCENARIOS.base],
    ['bear over 12 years', withHorizon(BUILTIN_SCENARIOS.bear, 12)],
    ['bull over 1 year', withHorizon(BUILTIN_SCENARIOS.bull, 1)],
  ])('returns every line, the summary and the checks for %s', (_, scenario) => {
    const result = evaluate(scenario);
    const years = modelYears(scenario.horizon);
    expect(result.scenario).toBe(scenario.name);
    expect(result.inputs).toBe(scenario.inputs);
    expect(result.years).toEqual(years);
    expect(result.lines).toEqual(BUILTIN_MODEL.evaluateLines(scenario.inputs, scenario.horizon));
    for (const id of LINE_IDS) expect(result.lines[id], id).toHaveLength(years.length);
    expect(result.summary.horizonEndYear).toBe(2025 + scenario.horizon);
    expect(result.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  it('gives the same result twice: no state is kept between calls', () => {
    const first = evaluate(BUILTIN_SCENARIOS.bear);
    evaluate(withHorizon(BUILTIN_SCENARIOS.bull, 15));
    expect(evaluate(BUILTIN_SCENARIOS.bear)).toEqual(first);
  });

  it('follows the scenario’s inputs', () => {
    const base = evaluate(BUILTIN_SCENARIOS.base);
    const later = evaluate({
      ...BUILTIN_SCENARIOS.base,
      inputs: {
        ...BUILTIN_SCENARIOS.base.inputs,
        minimumCash: BUILTIN_SCENARIOS.base.inputs.minimumCash + 10,
      },
    });
    expect(later.summary.fundingGapTotal).toBeGreaterThan(base.summary.fundingGapTotal);
  });
});
