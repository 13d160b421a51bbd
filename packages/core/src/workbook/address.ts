/** Column letters for a 1-based column number. @example columnLetter(28) // "AB" */
export const columnLetter = (column: number): string => {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** A1 address of a 1-based row and column. @example a1(4, 2) // "B4" */
export const a1 = (row: number, column: number): string => `${columnLetter(column)}${row}`;

/** Absolute A1 address. @example absolute(4, 2) // "$B$4" */
export const absolute = (row: number, column: number): string => `$${columnLetter(column)}$${row}`;

/** Absolute range over one row. @example rowRange(5, 4, 11) // "$D$5:$K$5" */
export const rowRange = (row: number, firstColumn: number, lastColumn: number): string =>
  `${absolute(row, firstColumn)}:${absolute(row, lastColumn)}`;

/** A sheet-qualified reference, quoted as Excel requires. @example qualified('Loss Model', 'D5') // "'Loss Model'!D5" */
export const qualified = (sheet: string, ref: string): string => `'${sheet.replaceAll("'", "''")}'!${ref}`;

/**
 * The 1-based row and column of an A1 address (absolute or not).
 * @example cellPosition('$H$24') // { row: 24, column: 8 }
 */
export function cellPosition(ref: string): { readonly row: number; readonly column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match) throw new Error(`not a cell address: ${ref}`);
  const letters = match[1] as string;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
