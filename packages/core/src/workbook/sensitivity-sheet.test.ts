import { describe, expect, it } from 'vitest';
import { evaluate } from '../model/evaluate.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import type { Cell } from './plan.js';
import { buildSensitivitySheet, GRID_STEPS } from './sensitivity-sheet.js';

const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const numberOf = (cell: Cell | null | undefined) => (cell?.kind === 'number' ? cell.value : undefined);
const cellAt = (rows: readonly (readonly (Cell | null)[])[], ref: string) => {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  const column = (match?.[1] ?? 'A').charCodeAt(0) - 64;
  return rows[Number(match?.[2]) - 1]?.[column - 1];
};

describe('the Sensitivity sheet', () => {
  const base = BUILTIN_SCENARIOS.base;
  const sheet = buildSensitivitySheet(base);

  it('has a tornado for runway and for 2030 cash, and a coloured grid over each one’s top two inputs', () => {
    const sections = sheet.rows
      .map((r) => textOf(r[0]))
      .filter((t) => t?.startsWith('Tornado') || t?.startsWith('Grid'));
    expect(sections).toHaveLength(4);
    expect(sheet.conditionalFormats).toHaveLength(2);
    for (const scale of sheet.conditionalFormats ?? []) {
      expect(scale).toMatchObject({ kind: 'colorScale', low: 'F8696B', high: '63BE7B' });
      const [from, to] = scale.ref.split(':');
      expect(cellAt(sheet.rows, from ?? '')?.style).toBe('computed');
      expect(cellAt(sheet.rows, to ?? '')?.style).toBe('computed');
    }
  });

  it('holds in every cash grid cell what evaluate() gives for the same two inputs', () => {
    const titleRow = sheet.rows.findIndex((r) => textOf(r[0])?.startsWith('Grid: Cash at end of 2030'));
    const match = /by (\w+) \(rows\) and (\w+) \(columns\)/.exec(textOf(sheet.rows[titleRow]?.[0]) ?? '');
    const [, yInput = '', xInput = ''] = match ?? [];
    const header = sheet.rows[titleRow + 1] ?? [];
    expect(header.length - 1).toBeLessThanOrEqual(GRID_STEPS);
    for (const yi of [0, 5, GRID_STEPS - 1]) {
      const row = sheet.rows[titleRow + 2 + yi] ?? [];
      for (const xi of [0, 3, header.length - 2]) {
        const inputs = { ...base.inputs, [xInput]: numberOf(header[xi + 1]), [yInput]: numberOf(row[0]) };
        expect(numberOf(row[xi + 1])).toBe(evaluate({ ...base, inputs }).lines['cash.end'][7]);
      }
    }
  });
});
