import { escapeForTerminal } from '@aifin/core';
import Table from 'cli-table3';

/** How a table is laid out: column widths (with wrapping), right-aligned number columns, rules between rows. */
export interface TableLayout {
  readonly widths?: readonly number[];
  readonly alignRight?: readonly number[];
  /** Rules between rows, for tables whose cells wrap onto several lines. */
  readonly ruled?: boolean;
}

/**
 * A plain-text table for a terminal, with no colour codes (so it reads the same in a pipe or a file).
 * @example renderTable(['id', 'value'], [['F7', '20']])
 */
export const renderTable = (
  head: readonly string[],
  rows: readonly (readonly string[])[],
  layout: TableLayout = {},
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
  return `${table.toString()}\n`;
};
