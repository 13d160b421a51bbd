import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';
import { builtinPlan } from './plan-fixtures.js';

const WRITES = new Set(['formulas', 'values', 'numberFormat', 'add', 'delete', 'name', 'clear', 'position']);

describe("the user's own sheets and names", () => {
  it('a sheet of theirs named like a model sheet is a conflict without consent, and nothing is written', async () => {
    const host = installFakeOffice(globalThis, {
      sheets: [{ name: 'Sheet1' }, { name: 'Cover', rows: [['my cover letter'], ['=1+1']] }],
    });
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result).toMatchObject({ ok: false, reason: 'conflict', sheets: ['Cover'] });
    expect(result.ok === false && result.message).toContain('"Cover"');
    expect(host.snapshot()).toEqual(before);
    expect(host.calls.filter((c) => WRITES.has(c.member))).toEqual([]);
  });

  it('with consent, their sheet is renamed aside with its contents, reported, and the model built', async () => {
    const host = installFakeOffice(globalThis, {
      sheets: [
        { name: 'Cover', rows: [['my cover letter']] },
        { name: 'Cover (yours)', rows: [['an older one']] },
      ],
    });
    const mine = host.snapshot().sheets;
    const plan = builtinPlan();
    const result = await buildModelInWorkbook(plan, { replaceUserSheets: true });
    expect(result).toMatchObject({ ok: true, movedUserSheets: ['Cover (yours 2)'] });
    const snapshot = host.snapshot();
    expect(snapshot.sheets.find((s) => s.name === 'Cover (yours 2)')).toEqual({
      ...mine[0],
      name: 'Cover (yours 2)',
    });
    expect(snapshot.sheets.find((s) => s.name === 'Cover (yours)')).toEqual(mine[1]);
    expectWorkbookMatchesPlan(snapshot, plan);
  });

  it('a sheet of theirs with another name, and one named like a sheet this plan leaves out, are untouched', async () => {
    const host = installFakeOffice(globalThis, {
      sheets: [
        { name: 'Forecast', rows: [[1, 2, '=A1+B1']] },
        { name: 'Checks', rows: [['my checklist']] },
      ],
    });
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan(undefined, []));
    expect(result).toMatchObject({ ok: true, movedUserSheets: [] });
    const after = host.snapshot();
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
  });

  it('a sheet that a user renamed aside keeps following formulas that pointed to it', async () => {
    const host = installFakeOffice(globalThis, {
      sheets: [{ name: 'Assumptions', rows: [[42]] }],
      names: [{ name: 'answer', formula: '=Assumptions!$A$1' }],
    });
    await buildModelInWorkbook(builtinPlan(), { replaceUserSheets: true });
    expect(host.snapshot().names.find((n) => n.name === 'answer')?.formula).toBe(
      "='Assumptions (yours)'!$A$1",
    );
  });
});
