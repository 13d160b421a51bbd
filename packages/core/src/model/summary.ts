import { factValue } from '../facts/queries.js';
import type { LineValues, Series } from './evaluate-lines.js';

/** The figures a reader looks at first. Years are null when not reached within the horizon. */
export interface Summary {
  /** The first projected year with operating income ≥ 0. */
  readonly breakevenYear: number | null;
  /** The first projected year whose year-end cash is below zero: the money runs out that year. */
  readonly runwayEndYear: number | null;
  /** Valuation after the round ÷ 2025 ARR: F2 ÷ F7 (an upper bound, as F7 is a floor). */
  readonly valuationToArr: number;
  /** Pre-money valuation if F2 is post-money and F1 is new money: F2 − F1. */
  readonly impliedPreMoney: number;
  readonly horizonEndYear: number;
  readonly arrAtHorizonEnd: number;
  readonly revenueAtHorizonEnd: number;
  readonly cashAtHorizonEnd: number;
  readonly valuationAtHorizonEnd: number;
}

const firstYearFlagged = (years: readonly number[], flags: Series): number | null => {
  const index = flags.indexOf(1);
  return index < 0 ? null : (years[index] ?? null);
};

const last = (series: Series): number => {
  const value = series[series.length - 1];
  if (value === null || value === undefined) throw new Error('a line has no value in the last year');
  return value;
};

/** Summarises evaluated lines. @example summarize(years, lines).breakevenYear */
export const summarize = (years: readonly number[], lines: LineValues): Summary => ({
  breakevenYear: firstYearFlagged(years, lines['flag.profitable']),
  runwayEndYear: firstYearFlagged(years, lines['flag.cashNegative']),
  valuationToArr: factValue('F2') / factValue('F7'),
  impliedPreMoney: factValue('F2') - factValue('F1'),
  horizonEndYear: years[years.length - 1] ?? Number.NaN,
  arrAtHorizonEnd: last(lines['arr.total']),
  revenueAtHorizonEnd: last(lines['revenue.total']),
  cashAtHorizonEnd: last(lines['cash.end']),
  valuationAtHorizonEnd: last(lines.valuation),
});
