import { describe, expect, it } from 'vitest';
import { GRID_STEPS, sensitivityStudy } from '../../analysis/sensitivity-study.js';
import { evaluate } from '../../model/evaluate.js';
import { SUMMARY_FIGURES } from '../../model/summary.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import type { Cell } from '../../workbook/plan.js';
import { buildSensitivitySheet, TORNADO_CHART_BARS, TORNADO_CHART_ROWS } from './sensitivity-sheet.js';

const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const numberOf = (cell: Cell | null | undefined) => (cell?.kind === 'number' ? cell.value : undefined);
const cellAt = (rows: readonly (readonly (Cell | null)[])[], ref: string) => {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  const column = (match?.[1] ?? 'A').charCodeAt(0) - 64;
  return rows[Number(match?.[2]) - 1]?.[column - 1];
};

describe('the Sensitivity sheet', () => {
  const base = BUILTIN_SCENARIOS.base;
  const { sheet, charts } = buildSensitivitySheet(sensitivityStudy(base));
  const title = (key: string) => SUMMARY_FIGURES.find((f) => f.key === key)?.label(2030) ?? key;

  it('has a tornado for the funding gap, equity value and the round’s MOIC, and a coloured grid over each one’s top two inputs', () => {
    const sections = sheet.rows
      .map((r) => textOf(r[0]))
      .filter((t) => t?.startsWith('Tornado') || t?.startsWith('Grid'));
    expect(sections).toHaveLength(6);
    expect(sheet.conditionalFormats).toHaveLength(3);
    for (const scale of sheet.conditionalFormats ?? []) {
      expect(scale).toMatchObject({ kind: 'colorScale', low: 'F8696B', high: '63BE7B' });
      const [from, to] = scale.ref.split(':');
      expect(cellAt(sheet.rows, from ?? '')?.style).toBe('computed');
      expect(cellAt(sheet.rows, to ?? '')?.style).toBe('computed');
    }
  });

  it('holds in every equity-value grid cell what evaluate() gives for the same two inputs', () => {
    const titleRow = sheet.rows.findIndex((r) =>
      textOf(r[0])?.startsWith(`Grid: ${title('equityValueAtHorizonEnd')}`),
    );
    expect(titleRow).toBeGreaterThan(0);
    const match = /by (\w+) \(rows\) and (\w+) \(columns\)/.exec(textOf(sheet.rows[titleRow]?.[0]) ?? '');
    const [, yInput = '', xInput = ''] = match ?? [];
    const header = sheet.rows[titleRow + 1] ?? [];
    expect(header.length - 1).toBeLessThanOrEqual(GRID_STEPS);
    for (const yi of [0, 5, GRID_STEPS - 1]) {
      const row = sheet.rows[titleRow + 2 + yi] ?? [];
      for (const xi of [0, 3, header.length - 2]) {
        const inputs = { ...base.inputs, [xInput]: numberOf(header[xi + 1]), [yInput]: numberOf(row[0]) };
        expect(numberOf(row[xi + 1])).toBe(evaluate({ ...base, inputs }).summary.equityValueAtHorizonEnd);
      }
    }
  });

  it('draws each tornado as a bar chart of its table’s top inputs, side by side in blank rows above the tables', () => {
    expect(charts.map((c) => [c.title, c.type])).toEqual([
      [`Tornado: ${title('fundingGapTotal')}`, 'tornado'],
      [`Tornado: ${title('equityValueAtHorizonEnd')}`, 'tornado'],
    ]);
    for (const chart of charts) {
      const titleRow = sheet.rows.findIndex((r) => textOf(r[0]) === chart.title) + 1;
      const headerRow = titleRow + 1;
      expect(textOf(cellAt(sheet.rows, `H${headerRow}`))).toBe('Δ at low');
      expect(textOf(cellAt(sheet.rows, `I${headerRow}`))).toBe('Δ at high');
      const first = headerRow + 1;
      const last = headerRow + TORNADO_CHART_BARS;
      expect(chart.categories).toBe(`'Sensitivity'!$B$${first}:$B$${last}`);
      expect(chart.series.map((s) => s.values)).toEqual([
        `'Sensitivity'!$H$${first}:$H$${last}`,
        `'Sensitivity'!$I$${first}:$I$${last}`,
      ]);
      // The chart covers only rows the sheet leaves blank.
      const from = Number(chart.from.replace(/^[A-Z]+/, ''));
      const to = Number(chart.to.replace(/^[A-Z]+/, ''));
      expect(to - from + 1).toBe(TORNADO_CHART_ROWS);
      expect(to).toBeLessThan(titleRow);
      for (let row = from; row <= to + 1; row++) expect(sheet.rows[row - 1]?.length ?? 0).toBe(0);
    }
    // Side by side: the same rows, adjacent columns, together as wide as the grids.
    expect(charts.map((c) => [c.from, c.to])).toEqual([
      ['A4', 'D19'],
      ['E4', 'L19'],
    ]);
  });

  it('gives each tornado row the metric’s change at either end, which is what the chart draws', () => {
    const titleRow = sheet.rows.findIndex(
      (r) => textOf(r[0]) === `Tornado: ${title('equityValueAtHorizonEnd')}`,
    );
    expect(titleRow).toBeGreaterThan(0);
    const baseCash = evaluate(base).summary.equityValueAtHorizonEnd;
    for (let i = 0; i < TORNADO_CHART_BARS; i++) {
      const row = sheet.rows[titleRow + 2 + i] ?? [];
      const atLow = numberOf(row[4]) as number;
      const atHigh = numberOf(row[5]) as number;
      expect(numberOf(row[7])).toBeCloseTo(atLow - baseCash, 9);
      expect(numberOf(row[8])).toBeCloseTo(atHigh - baseCash, 9);
    }
  });
});
