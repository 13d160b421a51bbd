import { CELL_STYLES, columnLetter, type SheetPlan } from '@aifin/core/workbook';
import { cellInput, cellNumberFormat } from './cell-input.js';
import { charactersToPoints } from './column-width.js';
import type { ExcelCommand } from './excel-command.js';
import { jsonBytes } from './json-bytes.js';
import { styleBlocks } from './style-blocks.js';

/**
 * The commands that write one sheet: the grid as one `formulas` + `numberFormat` write (split into row bands only
 * when one write would pass `maxGridBytes`), then one format per style block, column widths per run of equal
 * widths, freeze panes, list validations, colour scales and the print setup.
 * @example sheetCommands(plan.sheets[0], 4_000_000) // [{ op: 'writeGrid', address: 'A1:C20', … }, { op: 'style', … }, …]
 */
export const sheetCommands = (sheet: SheetPlan, maxGridBytes: number): ExcelCommand[] => {
  const width = Math.max(sheet.width, 1);
  const pad = <V>(values: V[], filler: V): V[] => [
    ...values,
    ...Array<V>(width - values.length).fill(filler),
  ];
  const formulas = sheet.rows.map((row) => pad(row.map(cellInput), ''));
  const numberFormat = sheet.rows.map((row) => pad(row.map(cellNumberFormat), 'General'));
  return [
    ...gridBands(sheet.name, formulas, numberFormat, width, maxGridBytes),
    ...styleBlocks(sheet).map(
      ({ style, address }): ExcelCommand => ({
        op: 'style',
        sheet: sheet.name,
        address,
        spec: CELL_STYLES[style],
      }),
    ),
    ...widthRuns(sheet.columnWidths).map(
      ({ address, points }): ExcelCommand => ({ op: 'columnWidth', sheet: sheet.name, address, points }),
    ),
    ...(sheet.freeze.rows > 0 || sheet.freeze.columns > 0
      ? [{ op: 'freeze', sheet: sheet.name, rows: sheet.freeze.rows, columns: sheet.freeze.columns } as const]
      : []),
    ...sheet.validations.map(
      (v): ExcelCommand => ({
        op: 'validation',
        sheet: sheet.name,
        address: v.ref,
        // Office.js takes a range formula ("=$F$6:$H$6") or the literal values separated by commas.
        source: 'values' in v ? v.values.join(',') : v.source,
      }),
    ),
    ...(sheet.conditionalFormats ?? []).map(
      (scale): ExcelCommand => ({ op: 'colorScale', sheet: sheet.name, scale }),
    ),
    ...(sheet.print ? [{ op: 'pageLayout', sheet: sheet.name, print: sheet.print } as const] : []),
  ];
};

const gridBands = (
  sheet: string,
  formulas: (string | number)[][],
  numberFormat: string[][],
  width: number,
  maxBytes: number,
): ExcelCommand[] => {
  const bands: ExcelCommand[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end === start) return;
    const address = `A${start + 1}:${columnLetter(width)}${end}`;
    bands.push({
      op: 'writeGrid',
      sheet,
      address,
      numberFormat: numberFormat.slice(start, end),
      formulas: formulas.slice(start, end),
    });
    start = end;
    bytes = 0;
  };
  formulas.forEach((row, r) => {
    const rowBytes = jsonBytes(row) + jsonBytes(numberFormat[r]);
    if (bytes > 0 && bytes + rowBytes > maxBytes) flush(r);
    bytes += rowBytes;
  });
  flush(formulas.length);
  return bands;
};

/** Column widths as runs of equal width ("A:A", "D:K"), each one request. */
const widthRuns = (widths: readonly number[]): { address: string; points: number }[] => {
  const runs: { first: number; last: number; points: number }[] = [];
  widths.forEach((chars, i) => {
    const points = charactersToPoints(chars);
    const last = runs.at(-1);
    if (last && last.points === points && last.last === i - 1) last.last = i;
    else runs.push({ first: i, last: i, points });
  });
  return runs.map(({ first, last, points }) => ({
    address: `${columnLetter(first + 1)}:${columnLetter(last + 1)}`,
    points,
  }));
};
