import type { Cell } from '@aifin/core/workbook';

/**
 * The value written through `range.formulas` for one plan cell. Text gets a leading apostrophe, Excel's own
 * "this is text" prefix, which `range.formulas` honours and does not store: without it a user's free text starting
 * with "=", "+", "-" or "@" would become a formula, and "1/2" or "007" would become a date or a number. Every text
 * cell gets it, so a text that itself starts with an apostrophe keeps it.
 * @example cellInput({ kind: 'text', text: '=not a formula' }) // "'=not a formula"
 */
export const cellInput = (cell: Cell | null | undefined): string | number => {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? '' : `'${cell.text}`;
    case 'number':
      return cell.value;
    case 'formula':
      return cell.formula;
  }
};

/** The number format written for one plan cell; Excel's "General" when the plan gives none. */
export const cellNumberFormat = (cell: Cell | null | undefined): string =>
  cell && cell.kind !== 'text' && cell.format !== undefined ? cell.format : 'General';
