import type { Cell, CellValue, Workbook } from 'exceljs';

/** What a cell shows after a recalculation: a number, a text, a boolean, an error code ("#N/A") or nothing. */
export type Shown = number | string | boolean | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const shownOf = (value: CellValue | undefined): Shown => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (!isObject(value)) return null;
  // A formula cell shows its result; LibreOffice stores one for every formula it recalculated.
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? shownOf(value.result as CellValue) : null;
  if ('error' in value) return String(value.error);
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((run: { text: string }) => run.text).join('');
  if ('text' in value) return String(value.text);
  return null;
};

/** The value a cell shows. @example shown(sheet.getCell('A1')) // 2 */
export const shown = (cell: Cell): Shown =>
  // ExcelJS's `value` of a formula cell drops a falsy result (0, "", false); `result` keeps it.
  cell.formula ? shownOf(cell.result as CellValue) : shownOf(cell.value);

/** One reference of a defined name: its sheet and the cells it spans. */
export interface NamedRange {
  readonly sheet: string;
  /** The reference without the sheet, e.g. "$D$5:$K$5". */
  readonly ref: string;
  readonly addresses: readonly string[];
}

const RANGE = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?)$/;

const columnNumber = (letters: string): number =>
  [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

const columnLetters = (column: number): string => {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** Parses "'Revenue Mix'!$D$5:$K$5" into its sheet and cells, row by row. */
export const parseRange = (reference: string): NamedRange => {
  const match = RANGE.exec(reference);
  if (!match) throw new Error(`not a cell range: ${reference}`);
  const [, quoted, bare, ref, c1, r1, c2, r2] = match;
  const sheet = quoted !== undefined ? quoted.replaceAll("''", "'") : (bare ?? '');
  const top = Number(r1);
  const bottom = Number(r2 ?? r1);
  const left = columnNumber(c1 ?? '');
  const right = columnNumber(c2 ?? c1 ?? '');
  const addresses: string[] = [];
  for (let row = top; row <= bottom; row++)
    for (let column = left; column <= right; column++) addresses.push(`${columnLetters(column)}${row}`);
  return { sheet, ref: (ref ?? '').replaceAll(/\$?([A-Z]+)\$?(\d+)/g, '$$$1$$$2'), addresses };
};

/** The single range a defined name refers to; throws when the workbook lacks the name or splits it. */
export const namedRange = (workbook: Workbook, name: string): NamedRange => {
  const { ranges } = workbook.definedNames.getRanges(name);
  if (ranges.length !== 1 || ranges[0] === undefined)
    throw new Error(`defined name ${name}: expected one range, found ${JSON.stringify(ranges)}`);
  return parseRange(ranges[0]);
};

/** What every cell of a defined name shows, in row order. @example namedValues(workbook, 'years') // [2023, …] */
export const namedValues = (workbook: Workbook, name: string): readonly Shown[] => {
  const range = namedRange(workbook, name);
  const sheet = workbook.getWorksheet(range.sheet);
  if (!sheet) throw new Error(`defined name ${name} points at a missing sheet ${range.sheet}`);
  return range.addresses.map((address) => shown(sheet.getCell(address)));
};
