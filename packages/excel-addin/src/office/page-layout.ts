import { columnLetter, headerFooterCode, type PrintSetup } from '@aifin/core/workbook';

/**
 * Sets a worksheet's print setup through `Worksheet.pageLayout` (ExcelApi 1.9, below the add-in's 1.12 requirement,
 * so no extra guard): orientation, fit to the plan's pages wide (and tall, when the plan fixes it), margins in
 * inches, print titles, and the footer in Excel's header/footer codes. Only queues; the caller syncs.
 * @example applyPageLayout(context.workbook.worksheets.getItem('Cash Flow'), sheetPlan.print)
 */
export const applyPageLayout = (sheet: Excel.Worksheet, print: PrintSetup): void => {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // A sheet of any height: only the width is fixed. The file format says "0 pages tall" for that; Office.js
  // documents no such value, so the vertical count is left out rather than sent as 0. (OfficeDev/office-js#1860
  // reports fit-to-pages not taking effect on some hosts unless the Page Layout tab was shown: a real-Excel check.)
  layout.zoom =
    print.fitToPagesTall > 0
      ? { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall }
      : { horizontalFitToPages: print.fitToPagesWide };
  const { margins } = print;
  layout.setPrintMargins('Inches', {
    left: margins.left,
    right: margins.right,
    top: margins.top,
    bottom: margins.bottom,
    header: margins.header,
    footer: margins.footer,
  });
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  if (print.titleColumns)
    layout.setPrintTitleColumns(
      `$${columnLetter(print.titleColumns.first)}:$${columnLetter(print.titleColumns.last)}`,
    );
  if (print.printArea)
    layout.setPrintArea(`A1:${columnLetter(print.printArea.lastColumn)}${print.printArea.lastRow}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = headerFooterCode(print.footer.left);
  footer.centerFooter = headerFooterCode(print.footer.center);
  footer.rightFooter = headerFooterCode(print.footer.right);
};
