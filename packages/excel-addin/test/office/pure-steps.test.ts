import type { SheetPlan } from '@aifin/core/workbook';
import { describe, expect, it } from 'vitest';
import { cellInput } from '../../src/office/cell-input.js';
import { charactersToPoints } from '../../src/office/column-width.js';
import type { ExcelCommand } from '../../src/office/excel-command.js';
import { reconcile } from '../../src/office/reconcile.js';
import { packBatches } from '../../src/office/request-batches.js';
import { styleBlocks } from '../../src/office/style-blocks.js';
import { builtinPlan } from './plan-fixtures.js';

const sheet = (rows: SheetPlan['rows']): SheetPlan => ({
  name: 'Checks',
  rows,
  width: Math.max(...rows.map((r) => r.length)),
  columnWidths: [],
  freeze: { rows: 0, columns: 0 },
  validations: [],
});
const input = { kind: 'number', value: 1, style: 'input' } as const;
const header = { kind: 'text', text: 'h', style: 'header' } as const;
const label = { kind: 'text', text: 'l', style: 'label' } as const;

describe('styleBlocks', () => {
  it('merges runs along rows and stacks equal runs into rectangles, skipping styles with no look', () => {
    const blocks = styleBlocks(
      sheet([
        [header, header, header],
        [label, input, input],
        [label, input, input],
        [null, input, label],
      ]),
    );
    expect(blocks).toEqual([
      { style: 'header', address: 'A1:C1' },
      { style: 'input', address: 'B2:C3' },
      { style: 'input', address: 'B4' },
    ]);
  });

  it('keeps the built-in plan to a few dozen format requests per sheet', () => {
    for (const s of builtinPlan(15).sheets) expect(styleBlocks(s).length).toBeLessThan(60);
  });
});

describe('charactersToPoints', () => {
  it("gives Excel's default column (8.43 characters) as 48 points", () => {
    expect(charactersToPoints(8.43)).toBeCloseTo(48, 0);
    expect(charactersToPoints(10)).toBe(56.25);
  });
});

describe('cellInput', () => {
  it('prefixes every text with an apostrophe and leaves numbers and formulas alone', () => {
    expect(cellInput({ kind: 'text', text: '=A1' })).toBe("'=A1");
    expect(cellInput({ kind: 'number', value: 0.5 })).toBe(0.5);
    expect(cellInput({ kind: 'formula', formula: '=A1', value: 1 })).toBe('=A1');
    expect(cellInput(null)).toBe('');
  });
});

describe('packBatches', () => {
  it('keeps order, starts every request by suspending calculation, and stays under the budget', () => {
    const commands: ExcelCommand[] = Array.from({ length: 30 }, (_, i) => ({
      op: 'deleteName',
      name: `n${i}`,
    }));
    const batches = packBatches(commands, 200);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.commands.slice(1))).toEqual(commands);
    for (const b of batches) {
      expect(b.commands[0]).toEqual({ op: 'suspendCalculation' });
      expect(b.bytes).toBeLessThanOrEqual(200);
    }
  });
});

describe('reconcile', () => {
  const plan = builtinPlan();
  const ours = (name: string) => ({ name, generated: true, charts: [] });

  it('on a new workbook adds every sheet in plan order and moves nothing', () => {
    const r = reconcile(
      plan,
      { sheets: [{ name: 'Sheet1', generated: false, charts: [] }], names: [] },
      false,
    );
    expect(r.kind === 'ready' && r.commands).toEqual(
      plan.sheets.map((s) => ({ op: 'addSheet', name: s.name })),
    );
  });

  it('on a rebuild resets its own sheets in place and re-adds nothing', () => {
    const r = reconcile(plan, { sheets: plan.sheets.map((s) => ours(s.name)), names: [] }, false);
    expect(r.kind === 'ready' && r.commands.map((c) => c.op)).toEqual(plan.sheets.map(() => 'resetSheet'));
  });

  it('matches sheet names without regard to case, as Excel does', () => {
    const r = reconcile(
      plan,
      { sheets: [{ name: 'cover', generated: false, charts: [] }], names: [] },
      false,
    );
    expect(r).toEqual({ kind: 'conflict', sheets: ['cover'] });
  });
});
