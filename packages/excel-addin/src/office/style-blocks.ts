import {
  CELL_STYLES,
  type CellStyle,
  columnLetter,
  type SheetPlan,
  type StyleSpec,
} from '@aifin/core/workbook';

/** A rectangle of cells sharing one semantic style: one range, a handful of format properties. */
export interface StyleBlock {
  readonly style: CellStyle;
  /** A1 address on the sheet, e.g. "A6:L6". */
  readonly address: string;
}

const hasLook = (spec: StyleSpec): boolean => Object.keys(spec).length > 0;

/**
 * Groups a sheet's styled cells into rectangles, so a build sets fonts and fills per block rather than per cell:
 * runs of equal style along a row, then runs stacked over consecutive rows with the same columns are merged.
 * Styles with no look of their own ("label") are skipped: a fresh or cleared sheet already looks like that.
 * @example styleBlocks(sheet) // [{ style: 'header', address: 'A6:L6' }, { style: 'input', address: 'F7:H31' }, …]
 */
export const styleBlocks = (sheet: SheetPlan): StyleBlock[] => {
  interface Open {
    style: CellStyle;
    top: number;
    bottom: number;
    left: number;
    right: number;
  }
  const open = new Map<string, Open>();
  const done: Open[] = [];
  sheet.rows.forEach((row, r) => {
    const runs: Open[] = [];
    row.forEach((cell, c) => {
      const style = cell?.style;
      if (!style || !hasLook(CELL_STYLES[style])) return;
      const last = runs.at(-1);
      if (last && last.style === style && last.right === c - 1) last.right = c;
      else runs.push({ style, top: r, bottom: r, left: c, right: c });
    });
    const next = new Map<string, Open>();
    for (const run of runs) {
      const key = `${run.style}:${run.left}:${run.right}`;
      const above = open.get(key);
      if (above && above.bottom === r - 1) {
        above.bottom = r;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, run);
    }
    done.push(...open.values());
    open.clear();
    for (const [key, block] of next) open.set(key, block);
  });
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((b) => {
      const start = `${columnLetter(b.left + 1)}${b.top + 1}`;
      const end = `${columnLetter(b.right + 1)}${b.bottom + 1}`;
      return { style: b.style, address: start === end ? start : `${start}:${end}` };
    });
};
