import type { Io } from './io.js';
import type { TableLayout } from './render/table.js';

/** The width tables fit when stdout is not a terminal and `COLUMNS` says nothing: the classic terminal's. */
export const PIPE_WIDTH = 80;

/**
 * The width tables must fit: the terminal's columns when stdout is one; otherwise `COLUMNS` when it is a whole
 * number (as `ls` reads it), else 80, so that a pipe's or a file's output is the same on every machine.
 * @example screenWidth({ isTTY: false }, {}) // 80
 */
export function screenWidth(
  stdout: { readonly isTTY?: boolean; readonly columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): number {
  if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  const columns = env.COLUMNS;
  if (columns !== undefined && /^[1-9]\d{0,4}$/.test(columns)) return Number(columns);
  return PIPE_WIDTH;
}

/**
 * How a command's table fits the screen: `io.width`, or the full table with `--wide` or when the Io has no screen
 * (an in-process caller that reads the text); `keep` leading columns repeat in every block.
 * @example renderTable(head, rows, { fit: tableFit(io, options.wide, 2) })
 */
export function tableFit(io: Io, wide: boolean | undefined, keep: number): NonNullable<TableLayout['fit']> {
  return { width: wide === true ? Number.POSITIVE_INFINITY : (io.width ?? Number.POSITIVE_INFINITY), keep };
}
