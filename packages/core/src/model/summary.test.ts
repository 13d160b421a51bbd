import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { modelYears } from './calendar.js';
import { evaluateLines } from './evaluate-lines.js';
import { summarize } from './summary.js';

describe('summarize', () => {
  const years = modelYears(5);
  const lines = evaluateLines(BUILTIN_SCENARIOS.base.inputs, 5);
  const summary = summarize(years, lines);

  it('finds the first profitable year and the year cash runs out from the flag lines', () => {
    const firstProfit =
      years.find((_, i) => (lines.operatingIncome[i] ?? -1) >= 0 && (years[i] ?? 0) >= 2026) ?? null;
    const firstShort = years.find((_, i) => (lines['cash.end'][i] ?? 1) < 0) ?? null;
    expect(summary.breakevenYear).toBe(firstProfit);
    expect(summary.runwayEndYear).toBe(firstShort);
  });

  it('gives the round’s valuation multiple and pre-money from F1, F2 and F7', () => {
    expect(summary.valuationToArr).toBe(42.5);
    expect(summary.impliedPreMoney).toBe(750);
  });

  it('says null when a milestone is not reached within the horizon', () => {
    const rich = evaluateLines({ ...BUILTIN_SCENARIOS.bull.inputs, openingCash: 500, fundingVsF1: 5 }, 2);
    expect(summarize(modelYears(2), rich).runwayEndYear).toBeNull();
    const costly = evaluateLines({ ...BUILTIN_SCENARIOS.bear.inputs, otherCostGrowth: 5 }, 3);
    expect(summarize(modelYears(3), costly).breakevenYear).toBeNull();
  });

  it('reports the last year’s values', () => {
    expect(summary.horizonEndYear).toBe(2030);
    expect(summary.arrAtHorizonEnd).toBe(lines['arr.total'][7]);
    expect(summary.cashAtHorizonEnd).toBe(lines['cash.end'][7]);
  });
});
