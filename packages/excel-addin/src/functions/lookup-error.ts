/**
 * Which Excel error a bad argument becomes: `invalidValue` (#VALUE!) when the argument has the wrong shape or is not
 * one of a fixed list, `notAvailable` (#N/A) when it is well formed but the model has nothing there (an unknown id,
 * a year outside the model, a figure not reached within the horizon).
 */
export type LookupErrorCode = 'invalidValue' | 'notAvailable';

/**
 * A user's mistake in a custom function's arguments. The lookups throw it; the registered functions turn it into
 * `CustomFunctions.Error` so Excel shows #VALUE! or #N/A with this message, never a JavaScript exception.
 * @example throw new LookupError('notAvailable', 'id "F99" is not a fact: use F1–F17.')
 */
export class LookupError extends Error {
  readonly code: LookupErrorCode;

  constructor(code: LookupErrorCode, message: string) {
    super(message);
    this.name = 'LookupError';
    this.code = code;
  }
}

/** A few allowed values for a message, so it stays short enough for Excel's error tooltip. */
export const someOf = (values: readonly string[], max = 6): string =>
  values.length <= max
    ? values.join(', ')
    : `${values.slice(0, max).join(', ')}, … (${values.length} in all)`;

/** An argument as a message shows it: text in quotes, anything else as written. */
export const shown = (value: unknown): string =>
  typeof value === 'string'
    ? `"${value}"`
    : value === null || value === undefined
      ? '(empty)'
      : String(value);
