import { CELL_STYLES } from '@aifin/core/workbook';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { type FakeOfficeHandle, installFakeOffice } from '../fake-excel/index.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';
import { builtinPlan } from './plan-fixtures.js';

describe('buildModelInWorkbook on a new workbook', () => {
  let host: FakeOfficeHandle;
  beforeEach(() => {
    host = installFakeOffice(globalThis);
  });

  it('writes every cell, format, style, name, validation, freeze pane and chart of the plan', async () => {
    const plan = builtinPlan();
    const result = await buildModelInWorkbook(plan);
    expect(result).toMatchObject({ ok: true, sheets: plan.sheets.map((s) => s.name), movedUserSheets: [] });
    const snapshot = host.snapshot();
    expectWorkbookMatchesPlan(snapshot, plan);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
    expect(snapshot.activeSheet).toBe('Cover');
  });

  it('colours inputs blue on yellow and formulas black, per the finance convention', async () => {
    await buildModelInWorkbook(builtinPlan());
    const assumptions = host.snapshot().sheets.find((s) => s.name === 'Assumptions');
    // F7:H7 is the first input row (bear, base, bull), E7 its live formula.
    for (const address of ['F7', 'G7', 'H7']) {
      expect(assumptions?.cells[address]?.content?.kind).toBe('number');
      expect(assumptions?.cells[address]?.font.color).toBe('#0000FF');
      expect(assumptions?.cells[address]?.fill).toBe(`#${CELL_STYLES.input.fill}`);
    }
    expect(assumptions?.cells.E7?.content?.kind).toBe('formula');
    expect(assumptions?.cells.E7?.font.color).toBe('#000000');
  });

  it('writes formulas through `formulas`, never `formulasLocal`, and each sheet grid in one 2D write', async () => {
    const plan = builtinPlan();
    await buildModelInWorkbook(plan);
    expect(host.calls.some((c) => c.member === 'formulasLocal')).toBe(false);
    const gridWrites = host.calls.filter((c) => c.member === 'formulas');
    expect(gridWrites.map((c) => c.path)).toEqual(
      plan.sheets.map((s) => expect.stringContaining(`("${s.name}").getRange("A1:`) as unknown as string),
    );
    for (const [i, sheet] of plan.sheets.entries()) {
      const written = gridWrites[i]?.args[0] as unknown[][];
      expect(written).toHaveLength(sheet.rows.length);
      expect(written.every((row) => row.length === sheet.width)).toBe(true);
    }
  });

  it('suspends calculation while writing and recalculates once at the end', async () => {
    await buildModelInWorkbook(builtinPlan());
    const writes = host.syncs.filter((s) =>
      host.calls.some((c) => c.sync === s.index && c.member === 'formulas'),
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((s) => s.calculationSuspended)).toBe(true);
    const last = host.syncs.at(-1);
    expect(last?.calculationSuspended).toBe(false);
    expect(host.calls.filter((c) => c.member === 'calculate').map((c) => c.sync)).toEqual([last?.index]);
    expect(host.snapshot().calculations).toBe(1);
  });

  it('marks the sheets it makes, and leaves the other sheets and names of the workbook alone', async () => {
    host = installFakeOffice(globalThis, {
      sheets: [
        {
          name: 'Budget',
          rows: [
            ['Rent', 1200],
            ['Total', '=SUM(B1:B1)'],
          ],
        },
      ],
      names: [{ name: 'rent', formula: '=Budget!$B$1', comment: 'mine' }],
    });
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result.ok).toBe(true);
    const after = host.snapshot();
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(after.names.filter((n) => n.comment !== 'aifin: generated')).toEqual(before.names);
    expect(after.sheets.slice(1).every((s) => s.customProperties.aifin === 'generated')).toBe(true);
  });

  it('reports progress from start to done', async () => {
    const steps: [string, number][] = [];
    await buildModelInWorkbook(builtinPlan(), {
      onProgress: (step, fraction) => steps.push([step, fraction]),
    });
    expect(steps[0]?.[1]).toBeLessThan(0.2);
    expect(steps.at(-1)).toEqual(['Done', 1]);
    const fractions = steps.map(([, f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('activates the first sheet when the plan has no Cover', async () => {
    await buildModelInWorkbook(builtinPlan(undefined, []));
    expect(host.snapshot().activeSheet).toBe('Assumptions');
  });
});
