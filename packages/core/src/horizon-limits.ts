/**
 * How many years past the last actual year a projection may run. The lowest layer, so that the calendar (model)
 * and the user-error messages (errors) both read it without one importing the other.
 */
export const DEFAULT_HORIZON = 5;
export const MIN_HORIZON = 1;
export const MAX_HORIZON = 15;
