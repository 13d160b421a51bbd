import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { modelYears } from './calendar.js';
import { runChecks } from './checks.js';
import { evaluate } from './evaluate.js';
import { evaluateLines } from './evaluate-lines.js';
import { LINE_IDS } from './lines.js';
import { summarize } from './summary.js';

describe('evaluate', () => {
  it.each([
    ['base', BUILTIN_SCENARIOS.base],
    ['bear over 12 years', withHorizon(BUILTIN_SCENARIOS.bear, 12)],
    ['bull over 1 year', withHorizon(BUILTIN_SCENARIOS.bull, 1)],
  ])('agrees with evaluateLines, summarize and runChecks for %s', (_, scenario) => {
    const result = evaluate(scenario);
    const years = modelYears(scenario.horizon);
    const lines = evaluateLines(scenario.inputs, scenario.horizon);
    expect(result.scenario).toBe(scenario.name);
    expect(result.years).toEqual(years);
    expect(result.years).toHaveLength(3 + scenario.horizon);
    expect(result.lines).toEqual(lines);
    for (const id of LINE_IDS) expect(result.lines[id], id).toHaveLength(years.length);
    expect(result.summary).toEqual(summarize(years, lines));
    expect(result.summary.horizonEndYear).toBe(2025 + scenario.horizon);
    expect(result.checks).toEqual(runChecks(years, lines));
  });

  it('follows the scenario’s inputs', () => {
    const base = evaluate(BUILTIN_SCENARIOS.base);
    const richer = evaluate({
      ...BUILTIN_SCENARIOS.base,
      inputs: {
        ...BUILTIN_SCENARIOS.base.inputs,
        openingCash: BUILTIN_SCENARIOS.base.inputs.openingCash + 10,
      },
    });
    expect(richer.summary.cashAtHorizonEnd).toBeCloseTo(base.summary.cashAtHorizonEnd + 10, 9);
  });
});
