/**
 * How many years past the last actual year a projection may run. The lowest layer, so that the calendar (model)
 * and the user-error messages (errors) both read it without one importing the other.
 */
export const DEFAULT_HORIZON = 5;
/**
 * The shortest projection: one year past the last actual year.
 * @example parseHorizon(String(MIN_HORIZON)) // 1
 */
export const MIN_HORIZON = 1;
/**
 * The longest projection: fifteen years past the last actual year (2040 when 2025 is the last actual).
 * @example withHorizon(BUILTIN_SCENARIOS.base, MAX_HORIZON).horizon // 15
 */
export const MAX_HORIZON = 15;
