/**
 * What must not reach a terminal raw: C0 controls (ESC starts escape sequences, BEL rings, CR overwrites the
 * line), DEL, C1 controls (U+009B is a one-character escape on some terminals), the Unicode line and paragraph
 * separators, the BiDi controls that reorder what a reader sees (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069),
 * and unpaired surrogates, which terminals show as garbage.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeChar = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The one escaping function for text shown on a terminal: every character that could move the cursor, recolour,
 * reorder or hide what the user reads becomes a visible `\uXXXX`; everything else is left as it is.
 * @example escapeForTerminal('evil\u001b[2Jname') // "evil\\u001b[2Jname"
 */
export const escapeForTerminal = (text: string): string => text.replace(UNSAFE, escapeChar);
