import type { SheetPlan } from '../../workbook/plan.js';
import { CELL_STYLES } from '../../workbook/styles.js';

/** The height of one line of the default font (Calibri 11), in points: Excel's default row height. */
export const LINE_HEIGHT_POINTS = 15;

/**
 * Characters of prose a column of a given width holds on one line. A column's width counts the widest digits;
 * Calibri's letters average about three quarters of a digit, so a line holds about a third more characters, less
 * a few for the word that moves whole to the next line. A slight overestimate of the lines is harmless (a little
 * white space); an underestimate would cut text off.
 */
function charactersPerLine(width: number): number {
  return Math.max(1, Math.floor(1.25 * width - 3));
}

/** Lines a text takes in a column, wrapping at spaces (a word longer than the line breaks where it must). */
function linesOf(text: string, width: number): number {
  const perLine = charactersPerLine(width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

/**
 * The height each row needs for its wrapped text (cells in a wrapping style), in points, or null for a row of one
 * line: what a renderer writing a file sets, because a reader does not always fit wrapped rows itself (LibreOffice
 * keeps the default height, cutting the text to its first line).
 * @example wrappedRowHeights(buildSourcesSheet())[5] // 45 for a fact whose source chain takes three lines
 */
export function wrappedRowHeights(
  sheet: Pick<SheetPlan, 'rows' | 'columnWidths'>,
): readonly (number | null)[] {
  return sheet.rows.map((row) => {
    let lines = 1;
    row.forEach((cell, column) => {
      if (cell?.kind !== 'text' || cell.style === undefined || CELL_STYLES[cell.style].wrap !== true) return;
      lines = Math.max(lines, linesOf(cell.text, sheet.columnWidths[column] ?? 8.43));
    });
    return lines === 1 ? null : lines * LINE_HEIGHT_POINTS;
  });
}
