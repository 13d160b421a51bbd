import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { evaluate } from './evaluate.js';
import { SUMMARY_FIGURES } from './summary.js';

describe('summary', () => {
  const { years, lines, summary } = evaluate(withHorizon(BUILTIN_SCENARIOS.base, 10));

  it('defines every figure once', () => {
    expect(new Set(SUMMARY_FIGURES.map((f) => f.key)).size).toBe(SUMMARY_FIGURES.length);
    expect(Object.keys(summary).sort()).toEqual(SUMMARY_FIGURES.map((f) => f.key).sort());
  });

  it('finds breakeven, the end of the runway and the funding gap from the lines', () => {
    const projected = (i: number) => (years[i] ?? 0) >= 2026;
    const firstProfit = years.find((_, i) => projected(i) && (lines.operatingIncome[i] ?? -1) >= 0) ?? null;
    const firstGap = years.find((_, i) => (lines['funding.gap'][i] ?? 0) > 0) ?? null;
    expect(summary.breakevenYear).toBe(firstProfit);
    expect(summary.runwayEndYear).toBe(firstGap);
    const total = lines['funding.gap'].reduce<number>((sum, v) => sum + (v ?? 0), 0);
    expect(summary.fundingGapTotal).toBeCloseTo(total, 9);
  });

  it('gives the round’s valuation multiple and pre-money from F1, F2 and F7', () => {
    expect(summary.valuationToArr).toBe(42.5);
    expect(summary.impliedPreMoney).toBe(750);
  });

  it('says null when a milestone is not reached within the horizon', () => {
    const rich = evaluate({
      ...withHorizon(BUILTIN_SCENARIOS.bull, 2),
      inputs: { ...BUILTIN_SCENARIOS.bull.inputs, openingCash: 500, fundingVsF1: 5 },
    });
    expect(rich.summary.runwayEndYear).toBeNull();
    const costly = evaluate({
      ...withHorizon(BUILTIN_SCENARIOS.bear, 3),
      inputs: { ...BUILTIN_SCENARIOS.bear.inputs, terminalMargin: -0.5, costConvergence: 1 },
    });
    expect(costly.summary.breakevenYear).toBeNull();
    expect(costly.summary.lossesReturnYear).toBeNull();
  });

  it('says when losses return after a breakeven', () => {
    // Costs jump to a loss-making mature structure in 2027 after a 2026 vendor price cut made 2026 profitable.
    const { summary: s, lines: l } = evaluate({
      ...BUILTIN_SCENARIOS.base,
      inputs: {
        ...BUILTIN_SCENARIOS.base.inputs,
        costConvergence: 1,
        terminalMargin: -0.5,
        terminalComputeShare: 1,
        computePriceRise2026: -0.5,
        stargateCompletion: 0,
      },
    });
    expect(l.operatingIncome[3]).toBeGreaterThan(0);
    expect(l.operatingIncome[4]).toBeLessThan(0);
    expect(s.breakevenYear).toBe(2026);
    expect(s.lossesReturnYear).toBe(2027);
    expect(summary.lossesReturnYear).toBeNull();
  });

  it('reports the last year’s values', () => {
    expect(summary.horizonEndYear).toBe(2035);
    expect(summary.arrAtHorizonEnd).toBe(lines['arr.total'][12]);
    expect(summary.cashAtHorizonEnd).toBe(lines['cash.end'][12]);
    expect(summary.equityValueAtHorizonEnd).toBe((lines.valuation[12] ?? 0) + (lines['cash.end'][12] ?? 0));
  });
});
