import type { Cell, CellStyle, FormulaCell, NumberCell, TextCell } from '../../workbook/plan.js';

/** Small constructors that keep the sheet builders readable. */
export const text = (value: string, style?: CellStyle): TextCell =>
  style ? { kind: 'text', text: value, style } : { kind: 'text', text: value };

export const numberCell = (value: number, format?: string, style: CellStyle = 'input'): NumberCell =>
  format ? { kind: 'number', value, format, style } : { kind: 'number', value, style };

/** A formula cell; `formula` is written with its leading "=". */
export const formulaCell = (
  formula: string,
  value: number | string | null,
  format?: string,
  style: CellStyle = 'formula',
): FormulaCell =>
  format
    ? { kind: 'formula', formula: `=${formula}`, value, format, style }
    : { kind: 'formula', formula: `=${formula}`, value, style };

/** The widest row of a grid. */
export const gridWidth = (rows: readonly (readonly (Cell | null)[])[]): number =>
  rows.reduce((max, row) => Math.max(max, row.length), 0);
