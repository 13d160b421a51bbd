import { BUILTIN_SCENARIOS, buildWorkbookPlan } from '@aifin/core';
import type { PrintSetup } from '@aifin/core/workbook';
import { describe, expect, it } from 'vitest';
import { applyPageLayout } from '../../src/office/page-layout.js';
import { installFakeOffice } from '../fake-excel/index.js';

const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'bear' });
const printOf = (name: string): PrintSetup => {
  const print = plan.sheets.find((s) => s.name === name)?.print;
  if (!print) throw new Error(`no print setup for ${name}`);
  return print;
};

/** Runs one request against a fresh fake host and returns the sheet's page layout afterwards. */
const runOn = async (apiVersion: string, act: (sheet: Excel.Worksheet) => void) => {
  const host = installFakeOffice(globalThis, { apiVersion, sheets: [{ name: 'Cash Flow' }] });
  await Excel.run(async (context) => {
    act(context.workbook.worksheets.getItem('Cash Flow'));
    await context.sync();
  });
  return host.snapshot().sheets[0]?.pageLayout;
};

describe('applyPageLayout', () => {
  it('sets orientation, fit to the plan’s pages across, margins, print titles, print area and the footer, in one request', async () => {
    expect(printOf('Cash Flow').printArea).toMatchObject({ lastColumn: 11 });
    const layout = await runOn('1.12', (sheet) => applyPageLayout(sheet, printOf('Cash Flow')));
    expect(layout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: printOf('Cash Flow').fitToPagesWide },
      margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitleRows: { first: 1, last: 4 },
      // The label and unit columns repeat on every page across; the source column prints once.
      printTitleColumns: { first: 1, last: 2 },
      // The table and the chart below it.
      printArea: printOf('Cash Flow').printArea,
      footer: {
        left: '&A · scenario bear',
        center: 'Page &P of &N',
        right: 'Source: Huxiu 2026-02-20, public reporting to 2026-06-30 and assumptions; aifin',
      },
    });
  });

  it('fits the Cover dashboard one page wide, as many down as it needs at a legible size, and sets no print titles', async () => {
    const layout = await runOn('1.12', (sheet) => applyPageLayout(sheet, printOf('Cover')));
    expect(layout?.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(layout?.printTitleRows).toBeNull();
  });

  it('needs ExcelApi 1.9, which the add-in’s 1.12 requirement covers', async () => {
    await expect(runOn('1.8', (sheet) => applyPageLayout(sheet, printOf('Cash Flow')))).rejects.toMatchObject(
      {
        code: 'ApiNotFound',
      },
    );
  });
});

describe('the fake page layout is as strict as Excel', () => {
  const rejects = (act: (sheet: Excel.Worksheet) => void) =>
    expect(runOn('1.12', act)).rejects.toMatchObject({ code: 'InvalidArgument' });

  it('rejects a page count of 0, a scale beside page counts, and a scale outside 10–400', async () => {
    await rejects((s) => {
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    });
    await rejects((s) => {
      s.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 };
    });
    await rejects((s) => {
      s.pageLayout.zoom = { scale: 5 };
    });
  });

  it('rejects an unknown orientation, negative margins and an unknown unit', async () => {
    await rejects((s) => {
      s.pageLayout.orientation = 'Sideways' as Excel.PageOrientation;
    });
    await rejects((s) => s.pageLayout.setPrintMargins('Inches', { left: -1 }));
    await rejects((s) => s.pageLayout.setPrintMargins('Furlongs' as 'Inches', { left: 1 }));
  });

  it('takes print titles only as whole rows or whole columns', async () => {
    await rejects((s) => s.pageLayout.setPrintTitleRows('A1:C4'));
    await rejects((s) => s.pageLayout.setPrintTitleColumns('$1:$4'));
    const layout = await runOn('1.12', (s) => {
      s.pageLayout.setPrintTitleRows('$2:$3');
      s.pageLayout.setPrintTitleColumns('B:B');
    });
    expect([layout?.printTitleRows, layout?.printTitleColumns]).toEqual([
      { first: 2, last: 3 },
      { first: 2, last: 2 },
    ]);
  });

  it('rejects a footer longer than 255 characters over its three sections', async () => {
    await rejects((s) => {
      const footer = s.pageLayout.headersFooters.defaultForAllPages;
      footer.leftFooter = 'x'.repeat(200);
      footer.rightFooter = 'y'.repeat(56);
    });
  });
});
