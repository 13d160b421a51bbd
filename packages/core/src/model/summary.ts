import { deepFreeze } from '../internal/deep-freeze.js';
import type { Unit } from '../units.js';
import { add, div, fact, factYear, line, num, sub, year } from './expr.js';
import {
  at,
  evaluateScalar,
  firstYear,
  last,
  type Scalar,
  type ScalarFrame,
  scalarOp,
  sumOver,
  value,
} from './scalar.js';

/** The figures a reader looks at first. Years are null when not reached within the horizon. */
export interface Summary {
  /** The first projected year with operating income ≥ 0. */
  readonly breakevenYear: number | null;
  /** The first year with an operating loss after an earlier breakeven: losses return. */
  readonly lossesReturnYear: number | null;
  /** The first projected year with free cash flow ≥ 0. */
  readonly cashBreakevenYear: number | null;
  /** The first year a funding gap opens: the planned money (round, IPO) no longer keeps the minimum cash. */
  readonly runwayEndYear: number | null;
  /** New money needed beyond the planned funding, summed over the horizon. */
  readonly fundingGapTotal: number;
  /** Cash burnt (negative free cash flow) over the projected years. */
  readonly cumulativeBurn: number;
  /** Valuation after the round ÷ 2025 ARR at the reported figures: F2 ÷ F7 (both are floors). */
  readonly valuationToArr: number;
  /** Pre-money valuation if F2 is post-money and F1 is new money: F2 − F1. */
  readonly impliedPreMoney: number;
  readonly horizonEndYear: number;
  readonly arrAtHorizonEnd: number;
  readonly revenueAtHorizonEnd: number;
  readonly operatingMarginAtHorizonEnd: number;
  readonly freeCashFlowAtHorizonEnd: number;
  readonly cashAtHorizonEnd: number;
  /** Enterprise value at the horizon's end. */
  readonly valuationAtHorizonEnd: number;
  readonly equityValueAtHorizonEnd: number;
  /** The share the 2026 round's investors still own at the horizon's end (after stock pay, IPO and gap equity). */
  readonly roundHoldersShareAtHorizonEnd: number;
  /** The round's investors: the value of their stake at the horizon's end ÷ what they put in. */
  readonly roundMoic: number;
  /** Their yearly return: the multiple over the years from the start of the round's year to the horizon's end. */
  readonly roundIrr: number;
  /**
   * DCF cross-check: free cash flow to the horizon and a terminal value, discounted to the end of 2025, plus the cash
   * then and the round's money: comparable with the round's post-money.
   */
  readonly dcfEquityValue: number;
}

/** The key of a summary figure, such as `runwayEndYear`. */
export type SummaryKey = keyof Summary;

/** One summary figure: its definition (shared by `evaluate()` and the Cover's formula) and how it reads. */
export interface SummaryFigure {
  readonly key: SummaryKey;
  /** The figure's label for a model whose horizon ends in `horizonEnd`. */
  readonly label: (horizonEnd: number) => string;
  readonly unit: Unit;
  readonly expr: Scalar;
  /** Where a reader finds the figure's inputs. */
  readonly from: string;
}

const ROUND_MOIC: Scalar = scalarOp('div', last('round.holdersValue'), last('round.invested'));

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
    from: 'Income Statement',
  },
  {
    key: 'breakevenYear',
    label: () => 'First year with operating income ≥ 0',
    unit: 'year',
    expr: firstYear('flag.profitable'),
    from: 'Income Statement',
  },
  {
    key: 'lossesReturnYear',
    label: () => 'First loss-making year after a breakeven',
    unit: 'year',
    expr: firstYear('flag.lossAfterBreakeven'),
    from: 'Income Statement',
  },
  {
    key: 'cashBreakevenYear',
    label: () => 'First year with free cash flow ≥ 0',
    unit: 'year',
    expr: firstYear('flag.fcfPositive'),
    from: 'Cash Flow',
  },
  {
    key: 'runwayEndYear',
    label: () => 'Runway ends: first year a funding gap opens',
    unit: 'year',
    expr: firstYear('flag.fundingGap'),
    from: 'Cash Flow',
  },
  {
    key: 'fundingGapTotal',
    label: (y) => `New money needed beyond the plan, through ${y}`,
    unit: 'usdB',
    expr: sumOver(line('usdB', 'funding.gap')),
    from: 'Cash Flow',
  },
  {
    key: 'cumulativeBurn',
    label: (y) => `Cash burnt, first projected year to ${y}`,
    unit: 'usdB',
    expr: sumOver(line('usdB', 'cashBurn')),
    from: 'Cash Flow',
  },
  {
    key: 'freeCashFlowAtHorizonEnd',
    label: (y) => `Free cash flow in ${y}`,
    unit: 'usdB',
    expr: last('freeCashFlow'),
    from: 'Cash Flow',
  },
  {
    key: 'cashAtHorizonEnd',
    label: (y) => `Cash at end of ${y}`,
    unit: 'usdB',
    expr: last('cash.end'),
    from: 'Cash Flow',
  },
  {
    key: 'valuationAtHorizonEnd',
    label: (y) => `Enterprise value at end of ${y}`,
    unit: 'usdB',
    expr: last('valuation.ev'),
    from: 'Valuation',
  },
  {
    key: 'equityValueAtHorizonEnd',
    label: (y) => `Equity value (EV + cash − debt) at end of ${y}`,
    unit: 'usdB',
    expr: last('equityValue'),
    from: 'Valuation',
  },
  {
    key: 'roundHoldersShareAtHorizonEnd',
    label: (y) => `Share the 2026 round's investors keep by ${y}`,
    unit: 'ratio',
    expr: last('ownership.roundHolders'),
    from: 'Valuation',
  },
  {
    key: 'roundMoic',
    label: (y) => `The round's investors: value at end of ${y} ÷ money in (MOIC)`,
    unit: 'multiple',
    expr: ROUND_MOIC,
    from: 'Valuation',
  },
  {
    key: 'roundIrr',
    label: (y) => `The round's investors: yearly return to end of ${y} (IRR)`,
    unit: 'ratio',
    expr: scalarOp(
      'sub',
      scalarOp(
        'pow',
        scalarOp('max', ROUND_MOIC, value(num('multiple', 0))),
        scalarOp('div', value(num('years', 1)), value(add(sub(year, factYear('F1')), num('year', 1)))),
      ),
      value(num('ratio', 1)),
    ),
    from: 'Valuation',
  },
  {
    key: 'dcfEquityValue',
    label: (y) => `DCF equity value after the round (cash flow to ${y} and a terminal value)`,
    unit: 'usdB',
    expr: scalarOp(
      'add',
      scalarOp('add', sumOver(line('usdB', 'dcf.pv')), last('dcf.terminalValuePv')),
      scalarOp('add', at('cash.end', factYear('F7')), last('round.invested')),
    ),
    from: 'Valuation',
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
