import { describe, expect, it } from 'vitest';
import { planFor, simulateHere } from '../analysis/simulation.test-support.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import type { Cell } from './plan.js';

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

  it('has fan charts of ARR and cash (P10, P50, P90) over its own rows', () => {
    const charts = plan.charts.filter((c) => c.sheet === 'Risk');
    expect(charts.map((c) => c.series.map((s) => s.name))).toEqual([
      ['P10', 'P50', 'P90'],
      ['P10', 'P50', 'P90'],
    ]);
    expect(charts[0]?.categories).toBe("'Risk'!$D$4:$K$4");
  });
});
