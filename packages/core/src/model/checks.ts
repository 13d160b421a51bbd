import { factValue } from '../facts/queries.js';
import type { LineValues, Series } from './evaluate-lines.js';

export type CheckStatus = 'ok' | 'flag';

/** One consistency check of the facts or the model. */
export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly message: string;
}

export const CHECK_IDS = [
  'loss.h1-vs-fy',
  'mix.facts-sum',
  'mix.sum',
  'arr.segments-sum',
  'revenue.within-arr',
  'calibration.loss-2025',
  'runway.within-horizon',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** What each check verifies, for the Checks sheet and for readers of the JSON. */
export const CHECK_RULES: Readonly<Record<CheckId, string>> = {
  'loss.h1-vs-fy':
    'The H1 2025 operating loss (F8, ≈7.8 B) and the FY 2025 loss (F9, ≈9 B) imply an H2 loss of F9 − F8. It is flagged when below half of H1 while revenue grew: different definitions or estimates. The model calibrates 2025 to F9.',
  'mix.facts-sum': 'The reported revenue mix F10 + F11 + F12 sums to 100 %.',
  'mix.sum': 'Segment shares of ARR sum to 1 in every year.',
  'arr.segments-sum': 'Enterprise + API + consumer ARR equals total ARR in every year.',
  'revenue.within-arr':
    'Each year’s recognized revenue lies between the ARR at its start and at its end (from 2024).',
  'calibration.loss-2025': '2025 operating income equals −F9.',
  'runway.within-horizon':
    'Year-end cash stays at or above zero through the horizon; flagged in the year it runs out.',
};

/** Tolerance for identities that hold exactly in real numbers but meet rounding in floating point. */
export const CHECK_TOLERANCE = 1e-9;

/**
 * The H2 loss implied by F9 − F8 is flagged when it is below this share of the H1 loss, since revenue grew through
 * 2025: a shape that only different definitions or estimates explain.
 */
export const LOSS_RECONCILIATION_THRESHOLD = 0.5;

const present = (series: Series): number[] => series.filter((v): v is number => v !== null);
/** Σ over years of |a + b + c − whole| (whole = 1 for shares): how far three parts miss their total. */
const sumAbsDeviation = (parts: readonly [Series, Series, Series], whole: Series | 1): number => {
  const [a, b, c] = parts;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const target = whole === 1 ? 1 : (whole[i] ?? 0);
    total += Math.abs((a[i] ?? 0) + (b[i] ?? 0) + (c[i] ?? 0) - target);
  }
  return total;
};

const fmt = (value: number): string => value.toFixed(1);

// The fact-only checks give the same result for every scenario: computed once, not on every evaluate().
const H1_LOSS = factValue('F8');
const FY_LOSS = factValue('F9');
const H2_LOSS = FY_LOSS - H1_LOSS;
const LOSSES_RECONCILE = H2_LOSS >= H1_LOSS * LOSS_RECONCILIATION_THRESHOLD;
const LOSS_MESSAGE =
  `H1 2025 loss ≈ ${fmt(H1_LOSS)} B (F8) and FY 2025 loss ≈ ${fmt(FY_LOSS)} B (F9) imply an H2 loss of ${fmt(H2_LOSS)} B` +
  (LOSSES_RECONCILE
    ? '.'
    : ', far below H1 while revenue grew: different definitions or estimates. The model calibrates to F9.');
const MIX_FACTS = factValue('F10') + factValue('F11') + factValue('F12');
const MIX_FACTS_MESSAGE = `The reported mix F10 + F11 + F12 sums to ${(MIX_FACTS * 100).toFixed(1)} %.`;

/**
 * Runs every check. The workbook's Checks sheet computes the same statuses with formulas.
 * @example runChecks(years, lines).find((c) => c.id === 'loss.h1-vs-fy')?.status // 'flag'
 */
export const runChecks = (years: readonly number[], lines: LineValues): readonly Check[] => {
  const arrTotal = present(lines['arr.total']).reduce((a, b) => a + b, 0);
  const segmentsGap = sumAbsDeviation(
    [lines['arr.enterprise'], lines['arr.api'], lines['arr.consumer']],
    lines['arr.total'],
  );
  const mixGap = sumAbsDeviation([lines['mix.enterprise'], lines['mix.api'], lines['mix.consumer']], 1);
  const outside = years.filter((_, i) => {
    const revenue = lines['revenue.total'][i];
    const a1 = lines['arr.total'][i];
    const a0 = lines['arr.total'][i - 1];
    if (i === 0 || revenue == null || a1 == null || a0 == null) return false;
    // Inside the bounds exactly when (R − A0)(R − A1) ≤ 0; the Checks sheet applies the same rule.
    return (revenue - a0) * (revenue - a1) > CHECK_TOLERANCE;
  });
  const loss2025 = lines.operatingIncome[years.indexOf(2025)] ?? Number.NaN;
  const runwayIndex = lines['flag.cashNegative'].indexOf(1);

  const check = (id: CheckId, ok: boolean, message: string): Check => ({
    id,
    status: ok ? 'ok' : 'flag',
    message,
  });
  return [
    check('loss.h1-vs-fy', LOSSES_RECONCILE, LOSS_MESSAGE),
    check('mix.facts-sum', Math.abs(MIX_FACTS - 1) <= CHECK_TOLERANCE, MIX_FACTS_MESSAGE),
    mixGap <= CHECK_TOLERANCE
      ? check('mix.sum', true, 'Segment shares sum to 1 in every year.')
      : check(
          'mix.sum',
          false,
          `Segment shares miss 1 by ${mixGap.toExponential(1)} in total over the years.`,
        ),
    segmentsGap <= CHECK_TOLERANCE * arrTotal
      ? check('arr.segments-sum', true, 'Segment ARR sums to total ARR in every year.')
      : check(
          'arr.segments-sum',
          false,
          `Segment ARR misses total ARR by ${segmentsGap.toExponential(1)} B in total.`,
        ),
    check(
      'revenue.within-arr',
      outside.length === 0,
      outside.length === 0
        ? 'Each year’s recognized revenue lies between the ARR at its start and at its end.'
        : `Recognized revenue falls outside its bounding ARRs in ${outside.join(', ')}.`,
    ),
    check(
      'calibration.loss-2025',
      Math.abs(loss2025 + FY_LOSS) <= CHECK_TOLERANCE * FY_LOSS,
      `2025 operating income is ${fmt(loss2025)} B, calibrated to −F9.`,
    ),
    check(
      'runway.within-horizon',
      runwayIndex < 0,
      runwayIndex < 0
        ? 'Cash stays above zero through the horizon.'
        : `Cash runs out in ${years[runwayIndex]}: the plan needs more funding than F1 provides.`,
    ),
  ];
};
