import { escapeForTerminal } from '@aifin/core';
import Table from 'cli-table3';
import { shrinkWidths, splitColumns } from './fit-columns.js';

/** How a table is laid out: column widths (with wrapping), right-aligned number columns, rules between rows. */
export interface TableLayout {
  readonly widths?: readonly number[];
  readonly alignRight?: readonly number[];
  /** Rules between rows, for tables whose cells wrap onto several lines. */
  readonly ruled?: boolean;
  /**
   * The screen the table must fit: `width` characters (Infinity for `--wide`). A wider table first narrows its
   * wrapping columns (with `widths`), then is drawn as blocks of columns, each repeating the `keep` leading ones.
   */
  readonly fit?: {
    readonly width: number;
    readonly keep: number;
    /**
     * When the table must be split, the first column (a long label) wraps at this width, so that each block has
     * room for more than a year or two.
     */
    readonly wrapFirst?: number;
  };
}

/**
 * Wrapping columns narrow no further than their longest word (so a date or a name is never cut), within these
 * bounds, padding included; what still does not fit is split into blocks instead.
 */
const MIN_WRAP_WIDTH = 8;
const MAX_WORD_FLOOR = 24;

/** Each column's floor: its longest word with the padding, within MIN_WRAP_WIDTH and MAX_WORD_FLOOR. */
const wordFloors = (head: readonly string[], rows: readonly (readonly string[])[]): readonly number[] =>
  head.map((title, column) => {
    const words = [title, ...rows.map((row) => row[column] ?? '')].flatMap((cell) => cell.split(/\s+/));
    const longest = Math.max(0, ...words.map((word) => [...word].length));
    return Math.min(MAX_WORD_FLOOR, Math.max(MIN_WRAP_WIDTH, longest + 2));
  });

const drawTable = (
  head: readonly string[],
  rows: readonly (readonly string[])[],
  layout: TableLayout,
): string => {
  const table = new Table({
    head: [...head],
    style: { head: [], border: [] },
    // Otherwise a rule under the header only: row rules double a long table's height.
    ...(layout.ruled ? {} : { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } }),
    ...(layout.widths ? { colWidths: [...layout.widths], wordWrap: true } : {}),
    colAligns: head.map((_, i) => (layout.alignRight?.includes(i) ? 'right' : 'left')),
  });
  // Cells hold user text (descriptions, paths): escaped here, where every table is drawn.
  for (const row of rows) table.push(row.map((cell) => cell.split('\n').map(escapeForTerminal).join('\n')));
  return table.toString();
};

/** A table's drawn width from its columns' widths: each column and its left border, then the right border. */
const drawnWidth = (widths: readonly number[]): number => widths.reduce((sum, width) => sum + width + 1, 1);

/** The drawn width of each column, padding included, read from the table's top border. */
const columnWidths = (drawn: string): readonly number[] =>
  (drawn.split('\n')[0] ?? '')
    .slice(1, -1)
    .split('┬')
    .map((segment) => segment.length);

/**
 * A plain-text table for a terminal, with no colour codes (so it reads the same in a pipe or a file). With `fit`,
 * never wider than the screen while a block of columns can be: wide tables are drawn as blocks one under another.
 * @example renderTable(['id', 'value'], [['F7', '20']])
 */
export const renderTable = (
  head: readonly string[],
  rows: readonly (readonly string[])[],
  layout: TableLayout = {},
): string => {
  const { fit, ...rest } = layout;
  if (fit === undefined || !Number.isFinite(fit.width)) return `${drawTable(head, rows, rest)}\n`;
  let fitted: TableLayout = rest.widths
    ? {
        ...rest,
        widths: shrinkWidths(
          rest.widths,
          fit.width,
          wordFloors(head, rows).map((floor, i) => Math.min(floor, rest.widths?.[i] ?? floor)),
        ),
      }
    : rest;
  // Given widths are drawn as given; natural ones are measured on a drawing (cli-table3 knows wide characters).
  // Drawing a wrapping table is the slow part of printing one, so it is done once per block shown.
  const natural = fitted.widths === undefined ? drawTable(head, rows, fitted) : null;
  let widths = fitted.widths ?? columnWidths(natural ?? '');
  const fits = (): boolean => drawnWidth(widths) <= fit.width;
  if (fits()) return `${natural ?? drawTable(head, rows, fitted)}\n`;
  const wrapFirst = fit.wrapFirst;
  if (wrapFirst !== undefined && rest.widths === undefined && (widths[0] ?? 0) > wrapFirst) {
    // Every column keeps its natural width but the first, which wraps.
    widths = widths.map((width, i) => (i === 0 ? wrapFirst : width));
    fitted = { ...fitted, widths };
    if (fits()) return `${drawTable(head, rows, fitted)}\n`;
  }
  const kept = Array.from({ length: fit.keep }, (_, i) => i);
  return `${splitColumns(widths, fit.keep, fit.width)
    .map((block) => {
      const columns = [...kept, ...block];
      const pick = <T>(cells: readonly T[]): T[] => columns.map((column) => cells[column] as T);
      return drawTable(pick(head), rows.map(pick), {
        ...fitted,
        ...(fitted.widths ? { widths: pick(fitted.widths) } : {}),
        alignRight: columns.flatMap((column, i) => (fitted.alignRight?.includes(column) ? [i] : [])),
      });
    })
    .join('\n\n')}\n`;
};
