import { escapeForTerminal } from '../../errors/escape-for-terminal.js';

/**
 * The longest a value may be when shown. Long enough for a deep absolute path, whose distinguishing part (the
 * file name) comes last, yet short enough that a pasted blob does not flood the terminal.
 */
const MAX_SHOWN = 120;

const asText = (value: unknown): string => {
  // JSON would show NaN and Infinity as null, and throws on a bigint.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cyclic value (YAML aliases can build one): showing it must not turn a user error into a crash.
    return String(value);
  }
};

/**
 * Shows a user's value in a message as one line: strings quoted, control characters escaped, long values cut.
 * @example showValue('out/a.xlsx') // "\"out/a.xlsx\""
 * @example showValue('a\nb') // "\"a\\nb\""
 */
export const showValue = (value: unknown): string => {
  const text = escapeForTerminal(asText(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
};
