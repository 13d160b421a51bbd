import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { builtinPlan } from './plan-fixtures.js';

/** A user's model with their own names, some of which the aifin plan also defines. */
const userWorkbook = () =>
  installFakeOffice(globalThis, {
    sheets: [
      {
        name: 'My model',
        rows: [
          [2024, 2025],
          [5, 7],
          ['=SUM(capex)', '=INDEX(years,1)'],
        ],
      },
    ],
    names: [
      { name: 'years', formula: "='My model'!$A$1:$B$1" },
      { name: 'capex', formula: "='My model'!$A$2:$B$2" },
      { name: 'discount', formula: '=0.1' },
    ],
  });

describe("the user's own defined names", () => {
  it('are never deleted or re-pointed: a clash refuses the build, listing the names and saying what to do', async () => {
    const host = userWorkbook();
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    const message = result.ok === false ? result.message : '';
    expect(message).toContain('"years", "capex"');
    expect(message).not.toContain('"discount"');
    expect(message).toMatch(/never deletes or re-points/);
    expect(message).toMatch(/Name Manager/);
    expect(host.snapshot()).toEqual(before);
  });

  it('even with consent to move sheets aside: their names and the formulas using them stay bound to their cells', async () => {
    const host = userWorkbook();
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan(), { replaceUserSheets: true });
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    expect(host.snapshot().names).toEqual(before.names);
    expect(host.calls.filter((c) => c.member === 'delete' || c.member === 'add')).toEqual([]);
  });

  it('once the user renamed theirs, the build goes ahead and leaves their renamed names alone', async () => {
    const host = installFakeOffice(globalThis, {
      sheets: [{ name: 'My model', rows: [[2024, 2025]] }],
      names: [{ name: 'my_years', formula: "='My model'!$A$1:$B$1" }],
    });
    expect(await buildModelInWorkbook(builtinPlan())).toMatchObject({ ok: true });
    expect(host.snapshot().names.find((n) => n.name === 'my_years')).toEqual({
      name: 'my_years',
      formula: "='My model'!$A$1:$B$1",
      comment: '',
    });
  });
});
