import { deepFreeze } from '../deep-freeze.js';
import type { Unit } from '../units.js';
import { div, fact, line, sub, year } from './expr.js';
import { evaluateScalar, firstYear, last, type Scalar, type ScalarFrame, sumOver, value } from './scalar.js';

/** The figures a reader looks at first. Years are null when not reached within the horizon. */
export interface Summary {
  /** The first projected year with operating income ≥ 0. */
  readonly breakevenYear: number | null;
  /** The first year with an operating loss after an earlier breakeven: losses return. */
  readonly lossesReturnYear: number | null;
  /** The first year a funding gap opens: the planned money (round, IPO) no longer keeps the minimum cash. */
  readonly runwayEndYear: number | null;
  /** New money needed beyond the planned funding, summed over the horizon. */
  readonly fundingGapTotal: number;
  /** Valuation after the round ÷ 2025 ARR at the reported figures: F2 ÷ F7 (both are floors). */
  readonly valuationToArr: number;
  /** Pre-money valuation if F2 is post-money and F1 is new money: F2 − F1. */
  readonly impliedPreMoney: number;
  readonly horizonEndYear: number;
  readonly arrAtHorizonEnd: number;
  readonly revenueAtHorizonEnd: number;
  readonly operatingMarginAtHorizonEnd: number;
  readonly cashAtHorizonEnd: number;
  readonly valuationAtHorizonEnd: number;
  readonly equityValueAtHorizonEnd: number;
  /** The share the holders after the 2026 round still own at the horizon's end (after IPO and gap funding). */
  readonly roundHoldersShareAtHorizonEnd: number;
}

export type SummaryKey = keyof Summary;

/** One summary figure: its definition (shared by `evaluate()` and the Cover's formula) and how it reads. */
export interface SummaryFigure {
  readonly key: SummaryKey;
  readonly label: (horizonEnd: number) => string;
  readonly unit: Unit;
  readonly expr: Scalar;
  /** Where a reader finds the figure's inputs. */
  readonly from: string;
}

/** Every summary figure, in the order the Cover shows them. */
export const SUMMARY_FIGURES: readonly SummaryFigure[] = /* @__PURE__ */ deepFreeze([
  {
    key: 'arrAtHorizonEnd',
    label: (y) => `Total ARR at end of ${y}`,
    unit: 'usdB',
    expr: last('arr.total'),
    from: 'Revenue Mix',
  },
  {
    key: 'revenueAtHorizonEnd',
    label: (y) => `Recognized revenue in ${y}`,
    unit: 'usdB',
    expr: last('revenue.total'),
    from: 'Revenue Mix',
  },
  {
    key: 'operatingMarginAtHorizonEnd',
    label: (y) => `Operating margin in ${y}`,
    unit: 'ratio',
    expr: last('operatingMargin'),
    from: 'Loss Model',
  },
  {
    key: 'breakevenYear',
    label: () => 'First year with operating income ≥ 0',
    unit: 'year',
    expr: firstYear('flag.profitable'),
    from: 'Loss Model',
  },
  {
    key: 'lossesReturnYear',
    label: () => 'First loss-making year after a breakeven',
    unit: 'year',
    expr: firstYear('flag.lossAfterBreakeven'),
    from: 'Loss Model',
  },
  {
    key: 'runwayEndYear',
    label: () => 'Runway ends: first year a funding gap opens',
    unit: 'year',
    expr: firstYear('flag.fundingGap'),
    from: 'Loss Model',
  },
  {
    key: 'fundingGapTotal',
    label: (y) => `New money needed beyond the plan, through ${y}`,
    unit: 'usdB',
    expr: sumOver(line('usdB', 'funding.gap')),
    from: 'Loss Model',
  },
  {
    key: 'cashAtHorizonEnd',
    label: (y) => `Cash at end of ${y}`,
    unit: 'usdB',
    expr: last('cash.end'),
    from: 'Loss Model',
  },
  {
    key: 'valuationAtHorizonEnd',
    label: (y) => `Implied valuation at end of ${y}`,
    unit: 'usdB',
    expr: last('valuation'),
    from: 'Loss Model',
  },
  {
    key: 'equityValueAtHorizonEnd',
    label: (y) => `Equity value (valuation + cash) at end of ${y}`,
    unit: 'usdB',
    expr: last('equityValue'),
    from: 'Loss Model',
  },
  {
    key: 'roundHoldersShareAtHorizonEnd',
    label: (y) => `Share the 2026 round's holders keep by ${y}`,
    unit: 'ratio',
    expr: last('ownership.roundHolders'),
    from: 'Loss Model',
  },
  {
    key: 'valuationToArr',
    label: () => 'Valuation ÷ 2025 ARR, at the reported figures (F2 and F7 are both floors)',
    unit: 'multiple',
    expr: value(div(fact('usdB', 'F2'), fact('usdB', 'F7'))),
    from: 'F2 ÷ F7',
  },
  {
    key: 'impliedPreMoney',
    label: () => 'Implied pre-money valuation (if F2 is post-money)',
    unit: 'usdB',
    expr: value(sub(fact('usdB', 'F2'), fact('usdB', 'F1'))),
    from: 'F2 − F1',
  },
  {
    key: 'horizonEndYear',
    label: () => 'Last year of the horizon',
    unit: 'year',
    expr: value(year),
    from: 'Revenue Mix',
  },
]);

/** Summarises an evaluation from the same definitions the Cover's formulas compile from. */
export const summarize = (frame: ScalarFrame): Summary => {
  const summary: Record<string, number | null> = {};
  for (const figure of SUMMARY_FIGURES) summary[figure.key] = evaluateScalar(frame, figure.expr);
  return summary as unknown as Summary;
};
