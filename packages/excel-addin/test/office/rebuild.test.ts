import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';
import { builtinPlan, MODEL_ONLY } from './plan-fixtures.js';

describe('rebuilding', () => {
  it('leaves an identical workbook: no duplicate sheets, names or charts', async () => {
    const host = installFakeOffice(globalThis);
    const plan = builtinPlan();
    await buildModelInWorkbook(plan);
    const once = host.snapshot();
    const again = await buildModelInWorkbook(plan);
    expect(again).toMatchObject({ ok: true, movedUserSheets: [] });
    const twice = host.snapshot();
    expect(twice).toEqual({ ...once, calculations: 2 });
    expect(new Set(twice.names.map((n) => n.name)).size).toBe(twice.names.length);
    expect(twice.sheets.flatMap((s) => s.charts)).toHaveLength(plan.charts.length);
  });

  it('replaces sheets in place: a longer horizon then a shorter one leaves exactly the shorter plan', async () => {
    const host = installFakeOffice(globalThis);
    await buildModelInWorkbook(builtinPlan(15));
    const short = builtinPlan(1);
    await buildModelInWorkbook(short);
    expectWorkbookMatchesPlan(host.snapshot(), short);
    const fresh = installFakeOffice(globalThis);
    await buildModelInWorkbook(short);
    expect(host.snapshot()).toEqual({ ...fresh.snapshot(), calculations: 2 });
  });

  it("keeps the user's formulas that point into a model sheet working (the sheet is not deleted)", async () => {
    const host = installFakeOffice(globalThis, {
      sheets: [{ name: 'Notes' }],
      names: [{ name: 'my_cash', formula: "='Cash Flow'!$D$16" }],
    });
    await buildModelInWorkbook(builtinPlan());
    // The user defines a name into a generated sheet after the first build.
    await Excel.run(async (context) => {
      context.workbook.names.add('my_arr', "='Revenue Mix'!$D$7");
      await context.sync();
    });
    await buildModelInWorkbook(builtinPlan());
    const names = host.snapshot().names;
    expect(names.find((n) => n.name === 'my_arr')?.formula).toBe("='Revenue Mix'!$D$7");
  });

  it('removes the optional sheets and their names when the user builds the model-only sheets', async () => {
    const host = installFakeOffice(globalThis);
    await buildModelInWorkbook(builtinPlan());
    const modelOnly = builtinPlan(undefined, MODEL_ONLY);
    await buildModelInWorkbook(modelOnly);
    const snapshot = host.snapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Sheet1', ...modelOnly.sheets.map((s) => s.name)]);
    expectWorkbookMatchesPlan(snapshot, modelOnly);
    expect(snapshot.names.some((n) => n.formula.includes('#REF!'))).toBe(false);
  });

  it('puts a re-added optional sheet back in plan order', async () => {
    const host = installFakeOffice(globalThis);
    await buildModelInWorkbook(builtinPlan(undefined, MODEL_ONLY));
    const full = builtinPlan();
    await buildModelInWorkbook(full);
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1', ...full.sheets.map((s) => s.name)]);
  });
});
