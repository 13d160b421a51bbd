import { deepFreeze } from '../internal/deep-freeze.js';
/**
 * Model constants: numbers the formulas need that are neither facts nor scenario assumptions. Each is a named cell
 * in the workbook (`const_<id>`), so no formula carries a bare number other than 0 and 1.
 */
export const CONSTANT_IDS = /* @__PURE__ */ deepFreeze([
  'checkTolerance',
  'h2LossFloor',
  'flatArrBand',
  'halfYearsPerYear',
  'balancesPerAverage',
  'reportedRounding',
  'planTolerance',
  'planFloor',
  'evToEbitLow',
  'evToEbitHigh',
] as const);
/** The id of a model constant: one of `CONSTANT_IDS`. */
export type ConstantId = (typeof CONSTANT_IDS)[number];

export interface ConstantDef {
  readonly id: ConstantId;
  readonly label: string;
  readonly value: number;
  /** Why this number, in one line. */
  readonly why: string;
}

export const CONSTANTS: Readonly<Record<ConstantId, ConstantDef>> = /* @__PURE__ */ deepFreeze({
  checkTolerance: {
    id: 'checkTolerance',
    label: 'Tolerance of the identity checks (relative)',
    value: 1e-9,
    why: 'Identities that hold exactly in real numbers meet rounding in floating point; 1e-9 is far above it.',
  },
  h2LossFloor: {
    id: 'h2LossFloor',
    label: 'H2 loss below this share of the H1 loss is flagged',
    value: 0.5,
    why: 'Revenue grew through 2025, so an H2 loss under half of H1 has no operating explanation.',
  },
  flatArrBand: {
    id: 'flatArrBand',
    label: 'ARR change below which revenue uses the near-flat form',
    value: 1e-3,
    why: '(A1 − A0) / LN(A1 / A0) loses digits when A1 ≈ A0; below this band the mean form is exact to 1e-16.',
  },
  halfYearsPerYear: {
    id: 'halfYearsPerYear',
    label: 'Half-years in a year (annualises the H1 loss F8)',
    value: 2,
    why: 'The 2xF8 basis assumes the second half lost as much as the first.',
  },
  balancesPerAverage: {
    id: 'balancesPerAverage',
    label: 'Balances in an average of the opening and closing balance',
    value: 2,
    why: 'Spend on capacity that ramps through a year follows the average of its opening and closing level.',
  },
  reportedRounding: {
    id: 'reportedRounding',
    label: 'Tolerance of reported totals against the sum of their parts (relative)',
    value: 0.005,
    why: 'Reported figures are rounded to tens of millions; their parts may miss the total by that much.',
  },
  planTolerance: {
    id: 'planTolerance',
    label: 'Model vs plan: relative difference flagged above',
    value: 0.15,
    why: 'The plan is told to investors in round numbers; differences within 15 % are within its own precision.',
  },
  planFloor: {
    id: 'planFloor',
    label: 'Model vs plan: absolute difference (USD B) never flagged below',
    value: 5,
    why: 'Small plan figures (a free cash flow near zero) make relative differences meaningless.',
  },
  evToEbitLow: {
    id: 'evToEbitLow',
    label: 'EV ÷ operating income at the horizon: flagged below',
    value: 8,
    why: 'Below about 8× operating income a growing market leader would be priced as a declining business.',
  },
  evToEbitHigh: {
    id: 'evToEbitHigh',
    label: 'EV ÷ operating income at the horizon: flagged above',
    value: 60,
    why: 'Above about 60× operating income the value rests on growth beyond the horizon, not on the modelled years.',
  },
});
