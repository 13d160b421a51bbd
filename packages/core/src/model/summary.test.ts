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
      inputs: { ...BUILTIN_SCENARIOS.bull.inputs, openingCash: 500 },
    });
    expect(rich.summary.runwayEndYear).toBeNull();
    const costly = evaluate({
      ...withHorizon(BUILTIN_SCENARIOS.bear, 3),
      inputs: { ...BUILTIN_SCENARIOS.bear.inputs, terminalResearchRatio: 1, costConvergence: 1 },
    });
    expect(costly.summary.breakevenYear).toBeNull();
    expect(costly.summary.lossesReturnYear).toBeNull();
  });

  it('says when losses return after a breakeven', () => {
    // Revenue jumps in 2026 and then stalls while contracted capacity keeps ramping: profits, then losses again.
    const { summary: s, lines: l } = evaluate({
      ...withHorizon(BUILTIN_SCENARIOS.base, 8),
      inputs: {
        ...BUILTIN_SCENARIOS.base.inputs,
        enterpriseGrowth2026: 10,
        apiGrowth2026: 10,
        consumerGrowth2026: 10,
        growthFade: 1,
        terminalGrowth: 0.01,
        costConvergence: 1,
        capacityTargetGw: 80,
        contractRampYears: 8,
        computeCostPerGwYear: 5,
      },
    });
    expect(l.operatingIncome[3]).toBeGreaterThan(0);
    expect(l.operatingIncome[5]).toBeGreaterThan(0);
    expect(l.operatingIncome[6]).toBeLessThan(0);
    expect(s.breakevenYear).toBe(2026);
    expect(s.lossesReturnYear).toBe(2029);
    expect(summary.lossesReturnYear).toBeNull();
  });

  it('reports the last year’s values', () => {
    expect(summary.horizonEndYear).toBe(2035);
    expect(summary.arrAtHorizonEnd).toBe(lines['arr.total'][12]);
    expect(summary.cashAtHorizonEnd).toBe(lines['cash.end'][12]);
    expect(summary.equityValueAtHorizonEnd).toBeCloseTo(
      (lines['valuation.ev'][12] ?? 0) + (lines['cash.end'][12] ?? 0) - (lines['debt.end'][12] ?? 0),
      9,
    );
  });

  it('gives the round’s investors their multiple and yearly return from their stake and what they put in', () => {
    const moic = (lines['round.holdersValue'][12] ?? 0) / (lines['round.invested'][12] ?? 1);
    expect(summary.roundMoic).toBeCloseTo(moic, 12);
    // Invested at the start of the round's year (2026), valued at the end of 2035: ten years.
    expect(summary.roundIrr).toBeCloseTo(moic ** (1 / 10) - 1, 12);
  });

  it('sums the burn over the projected years and finds the first year of positive free cash flow', () => {
    const burn = lines.freeCashFlow.slice(3).reduce<number>((sum, v) => sum + Math.max(0, -(v ?? 0)), 0);
    expect(summary.cumulativeBurn).toBeCloseTo(burn, 9);
    const first = years.find((_, i) => i >= 3 && (lines.freeCashFlow[i] ?? -1) >= 0) ?? null;
    expect(summary.cashBreakevenYear).toBe(first);
  });

  it('adds the DCF: discounted free cash flow, a terminal value on positive cash flow, the cash and the round', () => {
    const r = BUILTIN_SCENARIOS.base.inputs.discountRate;
    const g = BUILTIN_SCENARIOS.base.inputs.terminalGrowth;
    let pv = 0;
    for (let i = 3; i <= 12; i++) pv += (lines.freeCashFlow[i] ?? 0) / (1 + r) ** (i - 2);
    const last = lines.freeCashFlow[12] ?? 0;
    const terminal = (Math.max(0, last) * (1 + g)) / (r - g) / (1 + r) ** 10;
    const expected = pv + terminal + (lines['cash.end'][2] ?? 0) + (lines['round.invested'][12] ?? 0);
    expect(summary.dcfEquityValue).toBeCloseTo(expected, 6);
  });
});
