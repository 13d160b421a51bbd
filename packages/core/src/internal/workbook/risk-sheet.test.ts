import { describe, expect, it } from 'vitest';
import { planFor, simulateHere } from '../../analysis/simulation.test-support.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { buildWorkbookPlan } from '../../workbook/build-workbook-plan.js';
import type { Cell } from '../../workbook/plan.js';

const base = BUILTIN_SCENARIOS.base;
const result = await simulateHere(planFor(base, { paths: 300, seed: 3 }));
const numberOf = (cell: Cell | null | undefined) => (cell?.kind === 'number' ? cell.value : undefined);
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);

describe('the Risk sheet', () => {
  const plan = buildWorkbookPlan({
    scenarios: Object.values(BUILTIN_SCENARIOS),
    selected: 'base',
    simulation: { result, description: 'PERT draws' },
  });
  const sheet = plan.sheets.find((s) => s.name === 'Risk');

  it('is built only with a simulation, and holds its percentiles and probabilities by year', () => {
    expect(
      buildWorkbookPlan({ scenarios: [base], selected: 'base' }).sheets.map((s) => s.name),
    ).not.toContain('Risk');
    if (!sheet) throw new Error('no Risk sheet');
    const p50Cash = sheet.rows.findIndex((r) => textOf(r[0])?.includes('(cash.end)')) + 4;
    expect(textOf(sheet.rows[p50Cash]?.[1])).toBe('P50');
    expect(sheet.rows[p50Cash]?.slice(3).map(numberOf)).toEqual(
      result.percentiles['cash.end'].p50.map((v) => v ?? undefined),
    );
    const runway = sheet.rows.find((r) => textOf(r[1])?.startsWith('Runway ended'));
    expect(runway?.slice(3).map(numberOf)).toEqual(
      result.years.map((y) => result.probabilities.runwayEndBy[String(y)]),
    );
  });

  it('has fan charts of revenue, free cash flow and cash: an invisible P5 base, three bands and the P50 line', () => {
    if (!sheet) throw new Error('no Risk sheet');
    const charts = plan.charts.filter((c) => c.sheet === 'Risk');
    expect(charts.map((c) => c.type)).toEqual(['fan', 'fan', 'fan']);
    const rowOf = (ref: string) => Number(/\$(\d+):/.exec(ref)?.[1]) - 1;
    const valuesAt = (ref: string) => sheet.rows[rowOf(ref)]?.slice(3).map(numberOf) ?? [];
    for (const [f, line] of (['revenue.total', 'freeCashFlow', 'cash.end'] as const).entries()) {
      const chart = charts[f];
      if (!chart) throw new Error('no chart');
      expect(chart.title).toContain('P5–P95, P25–P75 and P50');
      expect(chart.categories).toBe("'Risk'!$D$4:$K$4");
      expect(chart.series.map((s) => s.role)).toEqual(['base', 'band', 'band', 'band', 'line']);
      const bands = result.percentiles[line];
      // Stacked, the parts reach P5, P25, P75 and P95; the line is the P50 row itself.
      const [base, low, middle, high, median] = chart.series.map((s) => valuesAt(s.values));
      result.years.forEach((_, y) => {
        if (bands.p5[y] === null) {
          expect(base?.[y]).toBeUndefined();
          return;
        }
        const at = (list: (number | undefined)[] | undefined) => list?.[y] as number;
        expect(at(base)).toBe(bands.p5[y]);
        expect(at(base) + at(low)).toBeCloseTo(bands.p25[y] as number, 9);
        expect(at(base) + at(low) + at(middle)).toBeCloseTo(bands.p75[y] as number, 9);
        expect(at(base) + at(low) + at(middle) + at(high)).toBeCloseTo(bands.p95[y] as number, 9);
        expect(at(median)).toBe(bands.p50[y]);
      });
      // Below every table row: the chart covers blank rows.
      expect(Number(chart.from.replace(/^[A-Z]+/, ''))).toBeGreaterThan(sheet.rows.length);
    }
  });

  it('is named on the Cover: the scenario simulated, or the mixture with its weights', async () => {
    const coverNote = (built: ReturnType<typeof buildWorkbookPlan>) =>
      built.sheets
        .find((s) => s.name === 'Cover')
        ?.rows.map((r) => textOf(r[0]))
        .find((t) => t?.startsWith('Risk sheet:'));
    expect(coverNote(plan)).toBe(
      'Risk sheet: 300 simulated paths of scenario base, drawn when the workbook was built (values, not formulas).',
    );
    const { bear, bull } = BUILTIN_SCENARIOS;
    const mixed = await simulateHere(
      planFor([bear, base, bull], { paths: 300, seed: 3, weights: [1, 2, 1] }),
    );
    const withMixture = buildWorkbookPlan({
      scenarios: Object.values(BUILTIN_SCENARIOS),
      selected: 'base',
      simulation: { result: mixed, description: 'PERT draws' },
    });
    expect(coverNote(withMixture)).toContain(
      'a mixture of scenarios by weight: bear × 1, base × 2, bull × 1',
    );
    expect(coverNote(buildWorkbookPlan({ scenarios: [base], selected: 'base' }))).toBeUndefined();
  });
});
