// Spreadsheet programs run a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Prefixes a single quote to text a spreadsheet would otherwise run as a formula. Only for text: numbers are
 * written as numbers and never pass through here.
 * @example neutraliseFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export const neutraliseFormula = (text: string): string =>
  FORMULA_TRIGGERS.some((t) => text.startsWith(t)) ? `'${text}` : text;

/**
 * One RFC 4180 field: quoted (with inner quotes doubled) when it holds a comma, a quote or a line break.
 * @example quoteField('a,"b"') // "\"a,\"\"b\"\"\""
 */
export const quoteField = (field: string): string =>
  /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

/** A text field: neutralised, then quoted. */
export const textField = (text: string): string => quoteField(neutraliseFormula(text));

/** A number field: as is, empty for null. */
export const numberField = (value: number | null): string => (value === null ? '' : String(value));
