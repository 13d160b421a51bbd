import { userErrors } from '../errors/messages.js';
import { isIsoDate } from './facts-file-schema.js';
import { BUILTIN_AS_OF } from './vintages.js';

/**
 * Reads a user's `--as-of` date: YYYY-MM-DD, not before the built-in facts (the model reads F5–F12, so a date
 * before the article would leave it without them).
 * @example parseAsOf('2026-04-30') // '2026-04-30'
 */
export const parseAsOf = (value: string): string => {
  // Not text at all is a caller's bug (the CLI hands over what the user typed, always text).
  if (typeof value !== 'string') throw new TypeError(`parseAsOf() needs text, got ${typeof value}`);
  if (!isIsoDate(value) || value < BUILTIN_AS_OF) throw userErrors.asOf(value, BUILTIN_AS_OF);
  return value;
};
