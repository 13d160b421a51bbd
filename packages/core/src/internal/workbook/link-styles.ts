import type { Cell, DefinedName, SheetName, SheetPlan } from '../../workbook/plan.js';

/** Sheet-qualified references in a formula: 'Loss Model'!D9 or Checks!B5. */
const QUALIFIED = /'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!/g;
/** Identifiers that are not function calls: candidates for defined names. */
const IDENTIFIER = /(?<![A-Za-z0-9_.$!'])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g;

/**
 * Whether a formula reads another sheet: through a sheet-qualified reference, or through a defined name that lives
 * on another sheet. Text in double quotes is not read.
 * @example readsAnotherSheet('=fact_F2/fact_F7', 'Cover', names) // true: the facts live on Sources
 */
export const readsAnotherSheet = (
  formula: string,
  sheet: SheetName,
  nameSheets: ReadonlyMap<string, SheetName>,
): boolean => {
  const code = formula.replace(/"[^"]*"/g, '""');
  for (const match of code.matchAll(QUALIFIED)) {
    const target = (match[1] ?? match[2] ?? '').replaceAll("''", "'");
    if (target !== sheet) return true;
  }
  // Cell addresses ("H22") match IDENTIFIER too, but no defined name may look like one, so the lookup skips them.
  for (const match of code.replace(QUALIFIED, '').matchAll(IDENTIFIER)) {
    const target = nameSheets.get(match[1] ?? '');
    if (target !== undefined && target !== sheet) return true;
  }
  return false;
};

/**
 * Restyles a sheet's formulas that read another sheet as links (green), the finance convention that lets a reader
 * see which numbers come from elsewhere. Only plain formula cells change; inputs, headers and status cells keep their
 * style.
 * @example markCrossSheetLinks(coverSheet, plan.names)
 */
export const markCrossSheetLinks = (sheet: SheetPlan, names: readonly DefinedName[]): SheetPlan => {
  const nameSheets = new Map(names.map((n) => [n.name, n.sheet]));
  const restyle = (cell: Cell | null): Cell | null =>
    cell?.kind === 'formula' &&
    cell.style === 'formula' &&
    readsAnotherSheet(cell.formula, sheet.name, nameSheets)
      ? { ...cell, style: 'link' }
      : cell;
  return { ...sheet, rows: sheet.rows.map((row) => row.map(restyle)) };
};
