import { ANALYSIS_SHEETS, OPTIONAL_SHEETS } from '@aifin/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { type FakeOfficeHandle, installFakeOffice } from '../fake-excel/index.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';
import { builtinPlan } from './plan-fixtures.js';

describe('tornado charts on the Sensitivity sheet', () => {
  let host: FakeOfficeHandle;
  beforeEach(() => {
    host = installFakeOffice(globalThis);
  });

  it('builds each as a clustered bar chart, halves overlapping, the largest swing on top', async () => {
    const plan = builtinPlan(undefined, [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS]);
    const result = await buildModelInWorkbook(plan);
    expect(result.ok).toBe(true);
    const snapshot = host.snapshot();
    expectWorkbookMatchesPlan(snapshot, plan);
    const charts = snapshot.sheets.find((s) => s.name === 'Sensitivity')?.charts ?? [];
    expect(charts.map((c) => [c.chartType, c.overlap, c.categoryAxis.reversePlotOrder])).toEqual([
      ['BarClustered', 100, true],
      ['BarClustered', 100, true],
    ]);
  });

  it('fails, as Excel does, on an Excel too old for series overlap (ExcelApi 1.8)', async () => {
    host = installFakeOffice(globalThis, { apiVersion: '1.7' });
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange('A1:B2'));
        chart.series.getItemAt(0).overlap = 100;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses overlap on a line chart and a gap width out of range, as Excel does', async () => {
    const attempt = (type: Excel.ChartType, set: (series: Excel.ChartSeries) => void) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        set(sheet.charts.add(type, sheet.getRange('A1:B2')).series.getItemAt(0));
        await context.sync();
      });
    await expect(
      attempt(Excel.ChartType.line, (s) => {
        s.overlap = 100;
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      attempt(Excel.ChartType.barClustered, (s) => {
        s.gapWidth = 501;
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
