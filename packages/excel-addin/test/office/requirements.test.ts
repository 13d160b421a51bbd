import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { REQUIRED_EXCEL_API } from '../../src/office/requirements.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { builtinPlan } from './plan-fixtures.js';

describe('requirement set', () => {
  it('on a host without ExcelApi 1.12 the build says what it needs, and writes nothing', async () => {
    const host = installFakeOffice(globalThis, { apiVersion: '1.11' });
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result).toMatchObject({ ok: false, reason: 'unsupported', requirement: 'ExcelApi 1.12' });
    expect(result.ok === false && result.message).toMatch(/ExcelApi 1\.12.*Excel on the web.*Excel 2021/);
    expect(host.runs).toBe(0);
    expect(host.snapshot()).toEqual(before);
  });

  it('ExcelApi 1.12 is enough: the fake rejects members newer than the host, and the build succeeds', async () => {
    installFakeOffice(globalThis, { apiVersion: REQUIRED_EXCEL_API });
    expect(await buildModelInWorkbook(builtinPlan())).toMatchObject({ ok: true });
  });

  it('the fake does reject a member newer than the host (so the previous test can fail)', async () => {
    installFakeOffice(globalThis, { apiVersion: '1.11' });
    const marking = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').customProperties.add('aifin', 'generated');
      await context.sync();
    });
    await expect(marking).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('outside Office (no Office global) the build is reported unsupported rather than crashing', async () => {
    const saved = (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Office?: unknown }).Office;
    try {
      expect(await buildModelInWorkbook(builtinPlan())).toMatchObject({ ok: false, reason: 'unsupported' });
    } finally {
      (globalThis as { Office?: unknown }).Office = saved;
    }
  });
});
