import { deepFreeze } from '../internal/deep-freeze.js';
import type { Unit } from '../units.js';
import { abs, add, constant, fact, factYear, line, mul, type Node, num, prev, sub } from './expr.js';
import { INPUT_IDS } from './inputs.js';
import { BUILTIN_ACTUALS, type LineActuals, LOSS_2025 } from './lines.js';
import {
  at,
  countOver,
  evaluateScalar,
  last,
  type Scalar,
  type ScalarFrame,
  scalarAbs,
  scalarOp,
  sumOver,
  value,
} from './scalar.js';

/** A check's outcome: `ok`, or `flag` when the measured figure breaks its bound. */
export type CheckStatus = 'ok' | 'flag';

/** One consistency check of the facts or the model. */
export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly message: string;
  /** The figure the check measures, and the bound it must meet (as on the Checks sheet). */
  readonly measured: number;
  readonly bound: number;
}

/** Every consistency check, in the Checks sheet's order. */
export const CHECK_IDS = /* @__PURE__ */ deepFreeze([
  'loss.h1-vs-fy',
  'mix.facts-sum',
  'mix.sum',
  'arr.segments-sum',
  'revenue.within-arr',
  'calibration.2025',
  'cash.roll-forward',
  'compute.within-contracts',
  'ppe.non-negative',
  'valuation.ev-to-ebit',
  'plan.variance',
  'runway.within-horizon',
] as const);
/** The id of a consistency check: one of `CHECK_IDS`. */
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * A check: a measured figure and the bound it must meet, both scalars of the model graph, so `evaluate()` and the
 * Checks sheet's formulas (measure, bound, status) compile from this one definition.
 */
export interface CheckDef {
  readonly id: CheckId;
  /** What the check verifies, for the Checks sheet and readers of the JSON. */
  readonly rule: string;
  readonly measure: Scalar;
  readonly unit: Unit;
  /** The check passes when `measure passes bound`. */
  readonly passes: '<=' | '>=' | '=';
  readonly bound: Scalar;
  /** The one-line finding, from the measured figure and bound. */
  readonly message: (measure: number, bound: number, ok: boolean, frame: ScalarFrame) => string;
}

const tolerance = value(constant('ratio', 'checkTolerance'));
const fmt = (x: number): string => x.toFixed(1);
const threeParts = (id: 'mix' | 'arr', whole: Node): Node =>
  abs(
    sub(
      add(
        add(line('ratio', `${id}.enterprise`), line('ratio', `${id}.api`)),
        line('ratio', `${id}.consumer`),
      ),
      whole,
    ),
  );

/** The product of two amounts (a sign test, so its unit does not matter). */
const signProduct = (a: Node, b: Node): Node => ({ k: 'mul', a, b });
const LOSS_BASIS_SLOT = INPUT_IDS.indexOf('loss2025Basis');
/** Operating income in the year of the last ARR fact (F7: 2025). */
const INCOME_2025 = at('operatingIncome', factYear('F7'));

/** Years (from the frame) in which a per-year test holds, for messages. */
const yearsWhere = (frame: ScalarFrame, test: (index: number) => boolean): number[] =>
  frame.years.filter((_, i) => test(i));

const zeroYears = value(num('year', 0));

/** Years in which a flag line is 1, for messages. */
const flaggedYears = (frame: ScalarFrame, id: 'flag.computeShort' | 'flag.offPlan'): number[] => {
  const { model, values } = frame;
  const row = (model.rowOf.get(id) as number) * model.stride;
  return yearsWhere(frame, (i) => i >= (model.firstIndex.get(id) ?? 0) && values[row + i] === 1);
};

/** Cash at year end less what the bridge says it is: opening + planned funding + free cash flow + the gap. */
const cashRollForwardMiss: Node = sub(
  line('usdB', 'cash.end'),
  add(
    add(add(prev('usdB', 'cash.end'), line('usdB', 'funding')), line('usdB', 'freeCashFlow')),
    line('usdB', 'funding.gap'),
  ),
);
const cashTolerance = scalarOp('mul', tolerance, last('round.committed'));

/** 2025 calibrated to the audited accounts: the functions sum to the reported total. */
const AUDITED_CALIBRATION: CheckDef = {
  id: 'calibration.2025',
  rule: 'The 2025 P&L by function (cost of revenue PB9, R&D PB10, S&M PB11, G&A PB12) sums to the audited total costs and expenses (PB13), within the rounding of reported figures.',
  measure: scalarAbs(scalarOp('sub', at('costs.total', factYear('F7')), value(fact('usdB', 'PB13')))),
  unit: 'usdB',
  passes: '<=',
  bound: scalarOp('mul', value(constant('ratio', 'reportedRounding')), value(fact('usdB', 'PB13'))),
  message: (gap, _b, ok, frame) => {
    const income = evaluateScalar(frame, INCOME_2025);
    return `2025 costs by function miss the audited total by ${gap.toFixed(2)} B${ok ? '' : ', more than rounding'}; operating income ${fmt(income ?? Number.NaN)} B (audited PB14: a loss of 20.9 B).`;
  },
};

/** 2025 calibrated to the article's loss, on the chosen basis. */
const ARTICLE_CALIBRATION: CheckDef = {
  id: 'calibration.2025',
  rule: '2025 operating income equals minus the 2025 loss of the chosen basis (F9, or 2 × F8): the article’s calibration, used where the audited accounts are not known on the date asked.',
  measure: scalarAbs(scalarOp('add', INCOME_2025, value(LOSS_2025))),
  unit: 'usdB',
  passes: '<=',
  bound: scalarOp('mul', tolerance, value(LOSS_2025)),
  message: (_gap, _b, _ok, frame) => {
    const income = evaluateScalar(frame, INCOME_2025);
    return `2025 operating income is ${fmt(income ?? Number.NaN)} B, calibrated to the ${
      frame.inputs[LOSS_BASIS_SLOT] === 1 ? '2xF8 (H1 annualised)' : 'F9 (full-year)'
    } basis.`;
  },
};

/**
 * The checks of a model, in the order the Checks sheet lists them: the 2025 calibration check follows the basis the
 * fact set gives (the audited accounts, or the article's loss).
 * @example checksFor(ARTICLE_ACTUALS).find((c) => c.id === 'calibration.2025')?.rule
 */
export function checksFor(actuals: LineActuals): readonly CheckDef[] {
  return CHECK_LIST.map((def) =>
    def.id === 'calibration.2025'
      ? actuals.pnl2025 === 'audited'
        ? AUDITED_CALIBRATION
        : ARTICLE_CALIBRATION
      : def,
  );
}

const EV_TO_EBIT: Scalar = scalarOp('div', last('valuation.ev'), last('operatingIncome'));

const CHECK_LIST: readonly CheckDef[] = [
  {
    id: 'loss.h1-vs-fy',
    rule: 'The H1 2025 operating loss (F8) and the FY 2025 loss (F9) imply an H2 loss of F9 − F8. It is flagged when below a stated share of H1 while revenue grew: different measures. The audited accounts (operating loss PB14, cash burn PB6_BURN) show F9 matches the cash burn, not the operating loss; without them, choose the basis on the Assumptions sheet (loss2025Basis).',
    measure: value(sub(fact('usdB', 'F9'), fact('usdB', 'F8'))),
    unit: 'usdB',
    passes: '>=',
    bound: value(mul(fact('usdB', 'F8'), constant('ratio', 'h2LossFloor'))),
    message: (h2, _bound, ok) =>
      `The H1 (F8) and FY (F9) 2025 losses imply an H2 loss of ${fmt(h2)} B` +
      (ok ? '.' : ', far below H1 while revenue grew: different definitions or estimates.'),
  },
  {
    id: 'mix.facts-sum',
    rule: 'The reported revenue mix F10 + F11 + F12 sums to 100 %.',
    measure: value(
      abs(sub(add(add(fact('ratio', 'F10'), fact('ratio', 'F11')), fact('ratio', 'F12')), num('ratio', 1))),
    ),
    unit: 'ratio',
    passes: '<=',
    bound: tolerance,
    message: (gap) => `The reported mix F10 + F11 + F12 sums to ${((1 + gap) * 100).toFixed(1)} %.`,
  },
  {
    id: 'mix.sum',
    rule: 'Segment shares of ARR sum to 1 in every year (the measure adds up each year’s miss).',
    measure: sumOver(threeParts('mix', num('ratio', 1))),
    unit: 'ratio',
    passes: '<=',
    bound: tolerance,
    message: (gap, _b, ok) =>
      ok
        ? 'Segment shares sum to 1 in every year.'
        : `Segment shares miss 1 by ${gap.toExponential(1)} in total over the years.`,
  },
  {
    id: 'arr.segments-sum',
    rule: 'Enterprise + API + consumer ARR equals total ARR in every year (the measure adds up each year’s miss).',
    measure: sumOver(threeParts('arr', line('usdB', 'arr.total'))),
    unit: 'usdB',
    passes: '<=',
    bound: scalarOp('mul', tolerance, sumOver(line('usdB', 'arr.total'))),
    message: (gap, _b, ok) =>
      ok
        ? 'Segment ARR sums to total ARR in every year.'
        : `Segment ARR misses total ARR by ${gap.toExponential(1)} B in total.`,
  },
  {
    id: 'revenue.within-arr',
    rule: 'Each year’s recognized revenue lies between the ARR at its start and at its end (from 2024): (R − A0)(R − A1) ≤ 0. The measure counts the years outside.',
    measure: countOver(
      signProduct(
        sub(line('usdB', 'revenue.total'), prev('usdB', 'arr.total')),
        sub(line('usdB', 'revenue.total'), line('usdB', 'arr.total')),
      ),
      '>',
      tolerance,
    ),
    unit: 'year',
    passes: '=',
    bound: value(num('year', 0)),
    message: (count, _b, ok, frame) => {
      if (ok) return 'Each year’s recognized revenue lies between the ARR at its start and at its end.';
      const { model, values } = frame;
      const row = (id: 'revenue.total' | 'arr.total') => (model.rowOf.get(id) as number) * model.stride;
      const outside = yearsWhere(frame, (i) => {
        if (i === 0) return false;
        const r = values[row('revenue.total') + i] as number;
        return (
          (r - (values[row('arr.total') + i - 1] as number)) *
            (r - (values[row('arr.total') + i] as number)) >
          0
        );
      });
      return `Recognized revenue falls outside its bounding ARRs in ${count} year(s): ${outside.join(', ')}.`;
    },
  },
  AUDITED_CALIBRATION,
  {
    id: 'cash.roll-forward',
    rule: 'Cash at each year end equals the opening cash + planned funding + free cash flow + the funding gap. The measure counts the years that miss.',
    measure: scalarOp(
      'add',
      countOver(cashRollForwardMiss, '>', cashTolerance),
      countOver(cashRollForwardMiss, '<', scalarOp('sub', value(num('usdB', 0)), cashTolerance)),
    ),
    unit: 'year',
    passes: '=',
    bound: zeroYears,
    message: (count, _b, ok) =>
      ok ? 'Cash rolls forward in every year.' : `Cash fails to roll forward in ${count} year(s).`,
  },
  {
    id: 'compute.within-contracts',
    rule: 'The inference the revenue needs stays within the contracted compute spend (else more compute must be bought). The measure counts the years over.',
    measure: countOver(line('flag', 'flag.computeShort'), '>', value(num('flag', 0))),
    unit: 'year',
    passes: '=',
    bound: zeroYears,
    message: (_count, _b, ok, frame) =>
      ok
        ? 'The revenue’s inference fits within the contracted compute in every year.'
        : `The revenue needs more compute than is contracted in ${flaggedYears(frame, 'flag.computeShort').join(', ')}.`,
  },
  {
    id: 'ppe.non-negative',
    rule: 'Owned capacity net of depreciation is never negative. The measure counts the years below zero.',
    measure: countOver(line('usdB', 'ppe.net'), '<', value(num('usdB', 0))),
    unit: 'year',
    passes: '=',
    bound: zeroYears,
    message: (count, _b, ok) =>
      ok ? 'Net owned capacity is never negative.' : `Net owned capacity is negative in ${count} year(s).`,
  },
  {
    id: 'valuation.ev-to-ebit',
    rule: 'At the horizon, enterprise value ÷ operating income lies within a plausible band (flag, not a failure: a loss-making or richly priced company is flagged). The measure is how far outside the band it lies.',
    measure: scalarOp(
      'max',
      scalarOp('sub', value(constant('multiple', 'evToEbitLow')), EV_TO_EBIT),
      scalarOp('sub', EV_TO_EBIT, value(constant('multiple', 'evToEbitHigh'))),
    ),
    unit: 'multiple',
    passes: '<=',
    bound: value(num('multiple', 0)),
    message: (_m, _b, ok, frame) => {
      const ratio = evaluateScalar(frame, EV_TO_EBIT) ?? Number.NaN;
      return ratio <= 0
        ? 'Operating income at the horizon is not positive: the value rests on years beyond it.'
        : `EV ÷ operating income at the horizon is ${ratio.toFixed(1)}×${ok ? ', within the band.' : ', outside the band.'}`;
    },
  },
  {
    id: 'plan.variance',
    rule: 'Where the company’s plan gives a year (the newest vintage), the model’s revenue and free cash flow lie within the plan’s precision: a stated share of the plan figure, at least a floor (flag, not a failure: a scenario may differ from the plan on purpose; the Plan sheet shows by how much and why). The measure counts the years outside.',
    measure: countOver(line('flag', 'flag.offPlan'), '>', value(num('flag', 0))),
    unit: 'year',
    passes: '=',
    bound: zeroYears,
    message: (_count, _b, ok, frame) =>
      ok
        ? 'Within the company plan’s precision in every year it gives.'
        : `Outside the company plan’s precision in ${flaggedYears(frame, 'flag.offPlan').join(', ')}: see the Plan sheet.`,
  },
  {
    id: 'runway.within-horizon',
    rule: 'The planned funding (the round’s phases and the IPO) keeps cash at the minimum through the horizon: no funding gap opens.',
    measure: countOver(line('usdB', 'funding.gap'), '>', value(num('usdB', 0))),
    unit: 'year',
    passes: '=',
    bound: value(num('year', 0)),
    message: (_count, _b, ok, frame) => {
      if (ok) return 'No funding gap within the horizon: the planned funding covers the plan.';
      const { model, values } = frame;
      const row = (model.rowOf.get('funding.gap') as number) * model.stride;
      const gapYears = yearsWhere(
        frame,
        (i) => (values[row + i] as number) > 0 && i >= (model.firstIndex.get('funding.gap') ?? 0),
      );
      const total = gapYears.reduce((sum, y) => sum + (values[row + frame.years.indexOf(y)] as number), 0);
      return `A funding gap opens in ${gapYears[0]}: ${fmt(total)} B of new money beyond the plan by ${frame.years.at(-1)}.`;
    },
  },
];

/**
 * Runs every check. The workbook's Checks sheet computes the same measures, bounds and statuses with formulas.
 * @example runChecks(frame).find((c) => c.id === 'loss.h1-vs-fy')?.status // 'flag'
 */
export const runChecks = (frame: ScalarFrame): readonly Check[] =>
  frame.model.checks.map((def) => {
    const measure = evaluateScalar(frame, def.measure) ?? Number.NaN;
    const bound = evaluateScalar(frame, def.bound) ?? Number.NaN;
    const ok =
      def.passes === '<=' ? measure <= bound : def.passes === '>=' ? measure >= bound : measure === bound;
    return {
      id: def.id,
      status: ok ? 'ok' : 'flag',
      message: def.message(measure, bound, ok, frame),
      measured: measure,
      bound,
    };
  });

/** The checks of the built-in model (every vintage: calibrated to the audited 2025 accounts). */
export const CHECKS: readonly CheckDef[] = /* @__PURE__ */ deepFreeze(checksFor(BUILTIN_ACTUALS));

/** What each check verifies, by id (on the built-in model). */
export const CHECK_RULES: Readonly<Record<CheckId, string>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(CHECKS.map((def) => [def.id, def.rule])) as Record<CheckId, string>,
);
