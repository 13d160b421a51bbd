import type { WorkbookPlan } from '@aifin/core';
import {
  CELL_STYLES,
  type Cell,
  type CellStyle,
  qualified,
  type SheetPlan,
  type StyleSpec,
  stripXmlInvalidChars,
} from '@aifin/core/workbook';
import type { Cell as ExcelCell, Fill, Font, Workbook, Worksheet } from 'exceljs';
import { addChartParts } from './chart-parts.js';
import { applyPrintSetup } from './xlsx-print-setup.js';

/**
 * Loads only ExcelJS's in-memory Workbook. The package entry also loads the streaming reader and writer (archiver,
 * unzipper, …), which made an export's start-up more than twice as slow (measured: about 560 ms against 250 ms
 * to load). exceljs is pinned to 4.4.0, whose layout this path follows; the renderer tests load it for real.
 */
const loadWorkbookClass = async (): Promise<typeof Workbook> =>
  (await import('exceljs/lib/doc/workbook.js')).default;

const argb = (rgb: string): string => `FF${rgb}`;

/**
 * The workbook's default font, named on every styled cell: a font without a name falls back to the reader's own
 * default (a serif in LibreOffice), so styled and unstyled cells would not match.
 */
const BASE_FONT = { name: 'Calibri', size: 11 } as const;

const fontOf = (spec: StyleSpec): Partial<Font> => {
  const font: Partial<Font> = { ...BASE_FONT };
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.fontColor !== undefined) font.color = { argb: argb(spec.fontColor) };
  return font;
};

const fillOf = (spec: StyleSpec): Fill | undefined =>
  spec.fill === undefined
    ? undefined
    : { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };

const applyStyle = (target: ExcelCell, style: CellStyle | undefined): void => {
  if (style === undefined) return;
  const spec = CELL_STYLES[style];
  const fill = fillOf(spec);
  target.font = fontOf(spec);
  if (fill) target.fill = fill;
  if (spec.align !== undefined || spec.wrap === true)
    target.alignment = {
      ...(spec.align === undefined ? {} : { horizontal: spec.align }),
      ...(spec.wrap === true ? { wrapText: true, vertical: 'top' as const } : {}),
    };
};

const writeCell = (target: ExcelCell, cell: Cell): void => {
  switch (cell.kind) {
    case 'text':
      // A plain string value is stored as text by ExcelJS, so user text starting with "=" never becomes a formula.
      // Characters XML 1.0 forbids would make the file unreadable: the schema refuses them in scenario files, and
      // a plan built from objects in code gets them stripped here.
      target.value = stripXmlInvalidChars(cell.text);
      break;
    case 'number':
      target.value = cell.value;
      break;
    case 'formula': {
      const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
      // The cached result lets readers that do not recalculate (viewers, previews) show the plan's numbers.
      const result = typeof cell.value === 'string' ? stripXmlInvalidChars(cell.value) : cell.value;
      target.value = result === null ? { formula } : { formula, result };
      break;
    }
  }
  if (cell.kind !== 'text' && cell.format !== undefined) target.numFmt = cell.format;
  applyStyle(target, cell.style);
};

/** Every cell address of an A1 cell or rectangular range ("C4", "C4:D5"). */
const cellsOf = (sheet: Worksheet, ref: string): readonly ExcelCell[] => {
  const [first, last = first] = ref.replaceAll('$', '').split(':');
  if (first === undefined || last === undefined) return [];
  const from = sheet.getCell(first);
  const to = sheet.getCell(last);
  const cells: ExcelCell[] = [];
  for (let row = Number(from.row); row <= Number(to.row); row++)
    for (let col = Number(from.col); col <= Number(to.col); col++) cells.push(sheet.getCell(row, col));
  return cells;
};

const renderSheet = (workbook: Workbook, plan: SheetPlan): void => {
  const { rows, columns } = plan.freeze;
  const sheet = workbook.addWorksheet(plan.name, {
    views: rows > 0 || columns > 0 ? [{ state: 'frozen', xSplit: columns, ySplit: rows }] : [],
  });
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== null) writeCell(sheet.getCell(r + 1, c + 1), cell);
    });
  });
  // Wrapped text needs taller rows, which not every reader fits by itself (LibreOffice keeps the default height).
  plan.rowHeights?.forEach((height, r) => {
    if (height !== null) sheet.getRow(r + 1).height = height;
  });
  for (const validation of plan.validations) {
    // A literal list is one quoted, comma-separated string in OOXML; a range is a formula without its "=".
    const source =
      'values' in validation ? `"${validation.values.join(',')}"` : validation.source.replace(/^=/, '');
    for (const target of cellsOf(sheet, validation.ref)) {
      target.dataValidation = { type: 'list', allowBlank: false, showErrorMessage: true, formulae: [source] };
    }
  }
  for (const [index, scale] of (plan.conditionalFormats ?? []).entries()) {
    sheet.addConditionalFormatting({
      ref: scale.ref,
      rules: [
        {
          type: 'colorScale',
          priority: index + 1,
          cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          color: [{ argb: `FF${scale.low}` }, { argb: `FF${scale.mid}` }, { argb: `FF${scale.high}` }],
        },
      ],
    });
  }
  if (plan.print) applyPrintSetup(sheet, plan.print);
};

/**
 * Renders a workbook plan as an .xlsx file, deciding nothing about its contents: every sheet in plan order, its
 * cells (text, numbers, formulas with their cached values), number formats, styles, column widths, frozen panes
 * list validations, colour scales and print setup, then every defined name. Excel recalculates everything on open. ExcelJS cannot
 * write charts, so `addChartParts` writes `plan.charts` into the package afterwards.
 * @example await writeFile('aifin-base.xlsx', await renderXlsx(buildWorkbookPlan({ scenarios, selected: 'base' })))
 */
export const renderXlsx = async (plan: WorkbookPlan): Promise<Buffer> => {
  const WorkbookClass = await loadWorkbookClass();
  const workbook = new WorkbookClass();
  workbook.creator = 'aifin';
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(qualified(name.sheet, name.ref), name.name);
  if (plan.charts.length === 0) return Buffer.from(await workbook.xlsx.writeBuffer());
  // addChartParts reopens the package and compresses every part as it writes it again (the same JSZip deflate
  // ExcelJS uses, so the parts come out byte for byte the same): ExcelJS stores them uncompressed, and each part is
  // deflated once instead of the edited ones being deflated, inflated and deflated again (about 5% of a batch's CPU).
  return addChartParts(Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })), plan);
};
