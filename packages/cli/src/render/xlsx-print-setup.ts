import { columnLetter, headerFooterCode, type PrintSetup, type PrintSpan } from '@aifin/core/workbook';
import type { Worksheet } from 'exceljs';

const rowSpan = (span: PrintSpan): string => `${span.first}:${span.last}`;
const columnSpan = (span: PrintSpan): string => `${columnLetter(span.first)}:${columnLetter(span.last)}`;

/**
 * Writes a sheet's print setup into an ExcelJS worksheet: orientation, fit-to-page scaling, print titles, margins
 * and the footer. `fitToPage` is set explicitly: without it Excel and LibreOffice ignore `fitToWidth` and print at
 * 100 %, and ExcelJS only derives it from options given when the sheet is created.
 * @example applyPrintSetup(sheet, plan.sheets[0].print)
 */
export const applyPrintSetup = (sheet: Worksheet, print: PrintSetup): void => {
  const { margins, footer } = print;
  Object.assign(sheet.pageSetup, {
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall,
    margins: { ...margins },
    ...(print.titleRows ? { printTitlesRow: rowSpan(print.titleRows) } : {}),
    ...(print.titleColumns ? { printTitlesColumn: columnSpan(print.titleColumns) } : {}),
    // ExcelJS writes "$" + each end, so "A$1:I$43" becomes the absolute $A$1:$I$43 every reader takes; a plain
    // "A1:I43" would become $A1:$I43, which LibreOffice ignores.
    ...(print.printArea
      ? { printArea: `A$1:${columnLetter(print.printArea.lastColumn)}$${print.printArea.lastRow}` }
      : {}),
  });
  sheet.headerFooter.oddFooter =
    `&L${headerFooterCode(footer.left)}` +
    `&C${headerFooterCode(footer.center)}` +
    `&R${headerFooterCode(footer.right)}`;
};
