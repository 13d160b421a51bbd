import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { type FakeOfficeHandle, installFakeOffice } from '../fake-excel/index.js';
import { builtinPlan } from './plan-fixtures.js';

/** A workbook an earlier build made (so a rebuild resets sheets and replaces names), then changed by the user. */
const builtWorkbook = async (change: (host: FakeOfficeHandle) => void): Promise<FakeOfficeHandle> => {
  const host = installFakeOffice(globalThis, { sheets: [{ name: 'Notes', rows: [['mine']] }] });
  expect(await buildModelInWorkbook(builtinPlan())).toMatchObject({ ok: true });
  change(host);
  host.clearRecording();
  return host;
};

describe('protected workbooks: detected before anything is written', () => {
  it('a protected model sheet: the build says which and why, and the workbook is exactly as it was', async () => {
    const host = await builtWorkbook((h) => {
      const sheet = h.workbook.sheets.find((s) => s.name === 'Cash Flow');
      if (sheet) sheet.protected = true;
    });
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    expect(result.ok === false && result.message).toMatch(/"Cash Flow" is protected/);
    expect(result.ok === false && result.message).toMatch(/Unprotect Sheet/);
    expect(host.snapshot()).toEqual(before);
    expect(host.syncs.every((s) => s.error === undefined)).toBe(true);
  });

  it('a protected workbook structure, when the build must add sheets: refused up front, nothing written', async () => {
    const host = installFakeOffice(globalThis, { sheets: [{ name: 'Sheet1' }], protectedStructure: true });
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    expect(result.ok === false && result.message).toMatch(/workbook structure is protected/);
    expect(result.ok === false && result.message).toMatch(/Protect Workbook/);
    expect(host.snapshot()).toEqual(before);
  });

  it('a protected structure does not stop a rebuild that only rewrites the model sheets in place', async () => {
    const host = await builtWorkbook((h) => {
      h.workbook.structureProtected = true;
    });
    expect(await buildModelInWorkbook(builtinPlan())).toMatchObject({ ok: true });
    expect(host.syncs.every((s) => s.error === undefined)).toBe(true);
  });

  it('the fake does refuse: writing to a protected sheet fails with AccessDenied (so the tests above can fail)', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'Locked', protected: true }] });
    const write = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Locked').getRange('A1').formulas = [['=1']];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
