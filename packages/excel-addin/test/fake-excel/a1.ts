/** Excel's grid limits: an address beyond them is an error in Excel too. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based, as Excel's engine sees a range. */
export interface CellBox {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Column letters for a 0-based column index. @example columnName(27) // "AB" */
export const columnName = (column: number): string => {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  readonly row: number | null;
  readonly column: number | null;
}

const corner = (part: string): Corner | null => {
  const cell = CELL.exec(part);
  if (cell?.[1] && cell[2]) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1]) };
  const column = COLUMN.exec(part);
  if (column?.[1]) return { row: null, column: columnIndex(column[1]) };
  const row = ROW.exec(part);
  if (row?.[1]) return { row: Number(row[1]) - 1, column: null };
  return null;
};

/**
 * Parses an unqualified A1 address ("B4", "$D$5:$K$5", "A:C", "3:4") into a box, or null when Excel would reject it.
 * @example parseAddress('A1:C2') // { row: 0, column: 0, rowCount: 2, columnCount: 3 }
 */
export const parseAddress = (address: string): CellBox | null => {
  const [first, second, extra] = address.split(':');
  if (first === undefined || extra !== undefined) return null;
  const a = corner(first);
  const b = second === undefined ? a : corner(second);
  if (!a || !b) return null;
  // "A:C" and "3:4" both need the same kind of corner on each side.
  if ((a.row === null) !== (b.row === null) || (a.column === null) !== (b.column === null)) return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.column ?? 0;
  const c1 = b.column ?? MAX_COLUMNS - 1;
  const box = {
    row: Math.min(r0, r1),
    column: Math.min(c0, c1),
    rowCount: Math.abs(r1 - r0) + 1,
    columnCount: Math.abs(c1 - c0) + 1,
  };
  if (box.row + box.rowCount > MAX_ROWS || box.column + box.columnCount > MAX_COLUMNS) return null;
  return box;
};

/** The A1 address of a box, relative form ("A1:C2", or "B4" for one cell). */
export const boxAddress = (box: CellBox): string => {
  const start = `${columnName(box.column)}${box.row + 1}`;
  if (box.rowCount === 1 && box.columnCount === 1) return start;
  return `${start}:${columnName(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
};

/** The absolute A1 address of a box ("$A$1:$C$2"), the form Excel uses in references. */
export const absoluteAddress = (box: CellBox): string =>
  boxAddress(box)
    .split(':')
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');

/** Quotes a sheet name in a reference only when Excel would, e.g. `'Revenue Mix'!` but `Cover!`. */
export const sheetPrefix = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && parseAddress(sheet) === null
    ? `${sheet}!`
    : `'${sheet.replaceAll("'", "''")}'!`;

/** Splits "'Cash Flow'!$D$4:$K$4" or "Cover!B6" into sheet and address; null when unqualified. */
export const splitQualified = (reference: string): { sheet: string; address: string } | null => {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(reference);
  if (quoted?.[1] && quoted[2]) return { sheet: quoted[1].replaceAll("''", "'"), address: quoted[2] };
  const bare = /^([^'!]+)!(.+)$/.exec(reference);
  if (bare?.[1] && bare[2]) return { sheet: bare[1], address: bare[2] };
  return null;
};
