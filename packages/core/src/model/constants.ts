import { deepFreeze } from '../deep-freeze.js';
/**
 * Model constants: numbers the formulas need that are neither facts nor scenario assumptions. Each is a named cell
 * in the workbook (`const_<id>`), so no formula carries a bare number other than 0 and 1.
 */
export const CONSTANT_IDS = /* @__PURE__ */ deepFreeze([
  'checkTolerance',
  'h2LossFloor',
  'flatArrBand',
  'halfYearsPerYear',
] as const);
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
});
