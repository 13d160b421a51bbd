import { MAX_HORIZON } from '../internal/horizon-limits.js';

/** The first year the sources give a figure for (F5). */
export const FIRST_HISTORY_YEAR = 2023;
/** The last year the sources give a figure for (F7, F9); projections start the year after. */
export const LAST_HISTORY_YEAR = 2025;
/** The year of the new round (F1, reported 2026-02-19) and the first projected year. */
export const FIRST_PROJECTION_YEAR = LAST_HISTORY_YEAR + 1;

export { DEFAULT_HORIZON, MAX_HORIZON, MIN_HORIZON } from '../internal/horizon-limits.js';

const yearsFor = (horizon: number): readonly number[] =>
  Object.freeze(
    Array.from(
      { length: LAST_HISTORY_YEAR - FIRST_HISTORY_YEAR + 1 + horizon },
      (_, i) => FIRST_HISTORY_YEAR + i,
    ),
  );

// Frozen year lists made once, shared by every evaluation: evaluate() runs on every keystroke in the task pane.
const YEARS_BY_HORIZON: readonly (readonly number[])[] = Array.from({ length: MAX_HORIZON + 1 }, (_, h) =>
  yearsFor(h),
);

/**
 * The years of a model whose history runs to `lastActualYear` (an ARR actual after 2025 rolls it forward): history
 * from 2023, then `horizon` projected years, so the horizon keeps its length. A model instance makes these once.
 * @example yearsThrough(2026, 5) // [2023, …, 2031]
 */
export const yearsThrough = (lastActualYear: number, horizon: number): readonly number[] => {
  if (lastActualYear === LAST_HISTORY_YEAR) return modelYears(horizon);
  if (
    !Number.isInteger(horizon) ||
    horizon < 0 ||
    horizon > MAX_HORIZON ||
    !Number.isInteger(lastActualYear) ||
    lastActualYear < LAST_HISTORY_YEAR
  )
    throw new RangeError(`no model years for horizon ${horizon} after ${lastActualYear}`);
  const count = lastActualYear - FIRST_HISTORY_YEAR + 1 + horizon;
  return Object.freeze(Array.from({ length: count }, (_, i) => FIRST_HISTORY_YEAR + i));
};

/**
 * The model's years: history 2023–2025, then `horizon` projected years.
 * @example modelYears(5) // [2023, …, 2030]
 */
export const modelYears = (horizon: number): readonly number[] => {
  const years = YEARS_BY_HORIZON[horizon];
  if (!years || !Number.isInteger(horizon)) throw new RangeError(`no model years for horizon ${horizon}`);
  return years;
};
