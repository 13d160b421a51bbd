import type { WorkbookPlan } from '@aifin/core';
import { CELL_STYLES, columnLetter, headerFooterCode } from '@aifin/core/workbook';
import { expect } from 'vitest';
import type { FakeCell, SheetSnapshot, WorkbookSnapshot } from '../fake-excel/index.js';

/** "'Cash Flow'!$D$5" and "Cash Flow!$D$5" compare equal: Excel quotes only where it must. */
export const unquoted = (reference: string): string =>
  reference.replace(/'((?:[^']|'')+)'!/g, (_, s: string) => `${s.replaceAll("''", "'")}!`);

const sheetOf = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the workbook has no sheet ${name}`);
  return sheet;
};

/**
 * Asserts the workbook holds exactly what the plan describes: every cell's content, number format, font and fill,
 * nothing outside the grid, freeze panes, validations, print setup, names (each once) and charts.
 */
export const expectWorkbookMatchesPlan = (snapshot: WorkbookSnapshot, plan: WorkbookPlan): void => {
  for (const sheetPlan of plan.sheets) {
    const sheet = sheetOf(snapshot, sheetPlan.name);
    const expected: Record<string, FakeCell> = {};
    for (const [r, row] of sheetPlan.rows.entries())
      for (const [c, cell] of row.entries()) {
        if (!cell) continue;
        const look = cell.style ? CELL_STYLES[cell.style] : {};
        expected[`${columnLetter(c + 1)}${r + 1}`] = {
          content:
            cell.kind === 'text'
              ? { kind: 'text', text: cell.text }
              : cell.kind === 'number'
                ? { kind: 'number', value: cell.value }
                : { kind: 'formula', formula: cell.formula },
          numberFormat: cell.kind !== 'text' && cell.format ? cell.format : 'General',
          font: {
            bold: look.bold ?? false,
            italic: look.italic ?? false,
            color: look.fontColor ? `#${look.fontColor}` : null,
            size: look.size ?? null,
          },
          fill: look.fill ? `#${look.fill}` : null,
          alignment: look.align ? `${look.align[0]?.toUpperCase()}${look.align.slice(1)}` : null,
        };
      }
    expect(sheet.cells, `cells of ${sheetPlan.name}`).toEqual(expected);
    expect(sheet.freeze, `freeze panes of ${sheetPlan.name}`).toEqual(sheetPlan.freeze);
    expect(sheet.validations, `validations of ${sheetPlan.name}`).toEqual(
      Object.fromEntries(
        sheetPlan.validations.map((v) => [
          v.ref,
          { list: { inCellDropDown: true, source: 'values' in v ? v.values.join(',') : v.source } },
        ]),
      ),
    );
    expect(Object.keys(sheet.columnWidths)).toEqual(
      sheetPlan.columnWidths.map((_, i) => columnLetter(i + 1)),
    );
    expect(sheet.customProperties).toEqual({ aifin: 'generated' });
    const { print } = sheetPlan;
    if (print)
      expect(sheet.pageLayout, `page layout of ${sheetPlan.name}`).toEqual({
        orientation: print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom:
          print.fitToPagesTall > 0
            ? { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall }
            : { horizontalFitToPages: print.fitToPagesWide },
        margins: { ...print.margins },
        printTitleRows: print.titleRows,
        printTitleColumns: print.titleColumns,
        printArea: print.printArea,
        footer: {
          left: headerFooterCode(print.footer.left),
          center: headerFooterCode(print.footer.center),
          right: headerFooterCode(print.footer.right),
        },
      });
    const charts = plan.charts.filter((c) => c.sheet === sheetPlan.name);
    // Excel hands references back quoted only where it must: compared unquoted.
    const chartsAsWritten = sheet.charts.map((chart) => ({
      ...chart,
      series: chart.series.map((s) => ({
        ...s,
        values: s.values === null ? null : unquoted(s.values),
        xValues: s.xValues === null ? null : unquoted(s.xValues),
      })),
    }));
    expect(chartsAsWritten, `charts of ${sheetPlan.name}`).toEqual(
      charts.map((c) => ({
        name: c.title,
        chartType: {
          stackedColumn: 'ColumnStacked',
          line: 'Line',
          tornado: 'BarClustered',
          fan: 'AreaStacked',
        }[c.type],
        title: c.title,
        series: c.series.map((s) => ({
          name: s.name,
          values: unquoted(s.values),
          xValues: unquoted(c.categories),
          // A fan: the base unfilled, the bands filled in their colour, the median a line in its colour.
          ...(s.role === 'base' ? { fill: 'none' } : {}),
          ...(s.role === 'band' ? { fill: `#${s.color}` } : {}),
          ...(s.role === 'line' ? { chartType: 'Line', lineColor: `#${s.color}` } : {}),
        })),
        // A tornado's low and high halves overlap into one bar per input.
        overlap: c.type === 'tornado' ? 100 : 0,
        gapWidth: c.type === 'tornado' ? 40 : 150,
        categoryAxis:
          c.type === 'tornado'
            ? { reversePlotOrder: true, tickLabelPosition: 'Low', position: 'Maximum' }
            : { reversePlotOrder: false, tickLabelPosition: 'NextToAxis', position: 'Automatic' },
        displayBlanksAs: c.blanks === 'span' ? 'Interplotted' : 'NotPlotted',
        from: c.from,
        to: c.to,
      })),
    );
  }
  const names = snapshot.names.filter((n) => n.comment === 'aifin: generated');
  expect(names.map((n) => [n.name, unquoted(n.formula)])).toEqual(
    plan.names.map((n) => [n.name, `=${n.sheet}!${n.ref}`]),
  );
};
