import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { cellPosition } from '../../workbook/address.js';
import { buildWorkbookPlan } from '../../workbook/build-workbook-plan.js';
import type { SheetPlan } from '../../workbook/plan.js';
import { CASH_SERIES, COVER_CHART_ROWS, coverCharts } from './cover-charts.js';
import { lineRow } from './model-layout.js';

const builtins = Object.values(BUILTIN_SCENARIOS);
const plan = buildWorkbookPlan({ scenarios: builtins, selected: 'base' });
const cover = plan.sheets.find((s) => s.name === 'Cover') as SheetPlan;

describe('coverCharts', () => {
  const charts = plan.charts.filter((c) => c.sheet === 'Cover');

  it('puts ARR by segment, operating income, and cash with the funding gap on the Cover', () => {
    expect(charts.map((c) => c.title)).toEqual([
      'ARR by segment (USD B, year end)',
      'Operating income (USD B)',
      'Cash and funding gap (USD B, year end)',
    ]);
    const { row } = lineRow('cash.end');
    expect(charts[2]?.series[0]).toEqual({
      name: 'Cash at year end',
      values: `'Cash Flow'!$D$${row}:$K$${row}`,
    });
    expect(charts[2]?.series).toHaveLength(CASH_SERIES.length);
    expect(charts[0]?.series.map((s) => s.name)).toEqual(['Enterprise', 'API', 'Consumer']);
    for (const chart of charts) expect(chart.categories).toBe("'Revenue Mix'!$D$4:$K$4");
  });

  it('anchors the charts side by side one row below the Cover content, however long it grows', () => {
    const top = cover.rows.length + 2;
    const starts = charts.map((c) => cellPosition(c.from));
    const ends = charts.map((c) => cellPosition(c.to));
    for (const start of starts) expect(start.row).toBe(top);
    for (const end of ends) expect(end.row).toBe(top + COVER_CHART_ROWS - 1);
    // Side by side: each starts in the column after the one before it ends.
    expect(starts[0]?.column).toBe(1);
    expect(starts[1]?.column).toBe((ends[0]?.column ?? 0) + 1);
    expect(starts[2]?.column).toBe((ends[1]?.column ?? 0) + 1);
    const longer = { ...cover, rows: [...cover.rows, [], []] };
    expect(coverCharts(longer, plan.years)[0]?.from).toBe(`A${top + 2}`);
  });

  it('follows the horizon, and leaves the charts out with the Cover', () => {
    const long = buildWorkbookPlan({ scenarios: builtins, selected: 'base' });
    expect(coverCharts(cover, [...long.years, 2031, 2032])[0]?.categories).toBe("'Revenue Mix'!$D$4:$M$4");
    const lean = buildWorkbookPlan({ scenarios: builtins, selected: 'base', include: ['Checks'] });
    expect(lean.charts.some((c) => c.sheet === 'Cover')).toBe(false);
  });
});
