import {
  ANALYSIS_SHEETS,
  BUILTIN_MODEL,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  FACTS,
  OPTIONAL_SHEETS,
} from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation, simulationPlan } from '@aifin/core/analysis';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { type FakeOfficeHandle, installFakeOffice } from '../fake-excel/index.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';

describe('fan charts on the Risk sheet', () => {
  let host: FakeOfficeHandle;
  beforeEach(() => {
    host = installFakeOffice(globalThis);
  });

  it('builds each as stacked areas with an unfilled base, filled bands and the median as a line', async () => {
    const prepared = prepareSimulation(
      BUILTIN_MODEL,
      simulationPlan({
        scenarios: [{ scenario: BUILTIN_SCENARIOS.base, weight: 1 }],
        facts: FACTS,
        holdFacts: false,
        distribution: 'pert',
        sampling: 'lhs',
        seed: 1,
        paths: 300,
        model: BUILTIN_MODEL,
      }),
    );
    const result = await runSimulation(prepared, localThreads(prepared));
    const plan = buildWorkbookPlan({
      scenarios: Object.values(BUILTIN_SCENARIOS),
      selected: 'base',
      include: [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS],
      simulation: { result, description: 'test' },
    });
    const built = await buildModelInWorkbook(plan);
    expect(built.ok).toBe(true);
    const snapshot = host.snapshot();
    expectWorkbookMatchesPlan(snapshot, plan);
    const charts = snapshot.sheets.find((s) => s.name === 'Risk')?.charts ?? [];
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart.chartType).toBe('AreaStacked');
      expect(chart.series.map((s) => [s.fill ?? null, s.chartType ?? null])).toEqual([
        ['none', null],
        ['#BDD7EE', null],
        ['#5B9BD5', null],
        ['#BDD7EE', null],
        [null, 'Line'],
      ]);
    }
  });

  it('refuses a line series in a pie chart and a colour that is not #RRGGBB, as Excel does', async () => {
    const attempt = (type: Excel.ChartType, set: (series: Excel.ChartSeries) => void) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        set(sheet.charts.add(type, sheet.getRange('A1:B2')).series.getItemAt(0));
        await context.sync();
      });
    await expect(
      attempt(Excel.ChartType.pie, (s) => {
        s.chartType = Excel.ChartType.line;
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      attempt(Excel.ChartType.areaStacked, (s) => {
        s.format.fill.setSolidColor('blue');
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
