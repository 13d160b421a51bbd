/**
 * The longest a value may be when shown. Long enough for a deep absolute path, whose distinguishing part (the
 * file name) comes last, yet short enough that a pasted blob does not flood the terminal.
 */
const MAX_SHOWN = 120;

/**
 * What JSON.stringify leaves as is but must not reach a terminal raw: DEL, the C1 controls (U+009B starts an
 * escape sequence on some terminals) and the Unicode line and paragraph separators. C0 controls, newlines
 * among them, are escaped by JSON.stringify already; they are listed for values it cannot show.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const escapeChar = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

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
  const text = asText(value).replace(UNSAFE, escapeChar);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
};
