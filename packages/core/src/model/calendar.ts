/** The first year the sources give a figure for (F5). */
export const FIRST_HISTORY_YEAR = 2023;
/** The last year the sources give a figure for (F7, F9); projections start the year after. */
export const LAST_HISTORY_YEAR = 2025;
/** The year of the new round (F1, reported 2026-02-19) and the first projected year. */
export const FIRST_PROJECTION_YEAR = LAST_HISTORY_YEAR + 1;

export const DEFAULT_HORIZON = 5;
export const MIN_HORIZON = 1;
export const MAX_HORIZON = 15;

// Shared, frozen year lists: evaluate() runs on every keystroke in the task pane and in batches in the CLI.
const yearsByHorizon = new Map<number, readonly number[]>();

/**
 * The model's years: history 2023–2025, then `horizon` projected years.
 * @example modelYears(5) // [2023, …, 2030]
 */
export const modelYears = (horizon: number): readonly number[] => {
  let years = yearsByHorizon.get(horizon);
  if (!years) {
    const count = LAST_HISTORY_YEAR - FIRST_HISTORY_YEAR + 1 + horizon;
    years = Object.freeze(Array.from({ length: count }, (_, i) => FIRST_HISTORY_YEAR + i));
    yearsByHorizon.set(horizon, years);
  }
  return years;
};
