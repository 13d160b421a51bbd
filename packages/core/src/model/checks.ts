import { deepFreeze } from '../deep-freeze.js';
import type { Unit } from '../units.js';
import { abs, add, constant, fact, factYear, line, mul, type Node, num, prev, sub } from './expr.js';
import { INPUT_IDS } from './inputs.js';
import { LOSS_2025 } from './lines.js';
import {
  at,
  countOver,
  evaluateScalar,
  type Scalar,
  type ScalarFrame,
  scalarAbs,
  scalarOp,
  sumOver,
  value,
} from './scalar.js';

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

export const CHECK_IDS = /* @__PURE__ */ deepFreeze([
  'loss.h1-vs-fy',
  'mix.facts-sum',
  'mix.sum',
  'arr.segments-sum',
  'revenue.within-arr',
  'calibration.loss-2025',
  'runway.within-horizon',
] as const);
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

/** Every check, in the order the Checks sheet lists them. */
export const CHECKS: readonly CheckDef[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'loss.h1-vs-fy',
    rule: 'The H1 2025 operating loss (F8) and the FY 2025 loss (F9) imply an H2 loss of F9 − F8. It is flagged when below a stated share of H1 while revenue grew: different definitions or estimates. Choose the basis the model calibrates to on the Assumptions sheet (loss2025Basis).',
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
  {
    id: 'calibration.loss-2025',
    rule: '2025 operating income equals minus the 2025 loss of the chosen basis (F9, or 2 × F8).',
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
]);

/**
 * Runs every check. The workbook's Checks sheet computes the same measures, bounds and statuses with formulas.
 * @example runChecks(frame).find((c) => c.id === 'loss.h1-vs-fy')?.status // 'flag'
 */
export const runChecks = (frame: ScalarFrame): readonly Check[] =>
  CHECKS.map((def) => {
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

/** What each check verifies, by id. */
export const CHECK_RULES: Readonly<Record<CheckId, string>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(CHECKS.map((def) => [def.id, def.rule])) as Record<CheckId, string>,
);
