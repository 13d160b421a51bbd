import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { builtinPlan } from './plan-fixtures.js';

describe('errors from Excel', () => {
  it('reject the build with a message a user can read', async () => {
    const host = installFakeOffice(globalThis);
    host.failNextSync('The workbook is read-only.');
    await expect(buildModelInWorkbook(builtinPlan())).rejects.toThrow(
      'Excel stopped the build: The workbook is read-only.',
    );
  });

  it('say where Excel stopped when an operation fails', async () => {
    const host = installFakeOffice(globalThis);
    // The user adds a sheet between the build's read and its write: Excel refuses the build's own sheet.
    const plan = builtinPlan();
    const build = buildModelInWorkbook(plan);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('COVER');
      await context.sync();
    });
    await expect(build).rejects.toThrow(
      /Excel stopped the build: A resource with the same name .* \(at workbook\.worksheets\.add\("Cover"\)\.add\)/,
    );
    expect(host.syncs.some((s) => s.error !== undefined)).toBe(true);
  });
});
