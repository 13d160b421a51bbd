import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { buildFailureMessage } from '../../src/office/excel-error.js';
import { FakeOfficeError, type FakeOfficeHandle, installFakeOffice } from '../fake-excel/index.js';
import { defaultPageLayout } from '../fake-excel/workbook-state.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';
import { builtinPlan } from './plan-fixtures.js';

/**
 * What Excel leaves after a user copies a built model sheet: "Cash Flow (2)" holds sheet-scoped copies of the
 * workbook names that point into it, and Excel makes the copy the active sheet.
 */
const withCopiedModelSheet = async (): Promise<FakeOfficeHandle> => {
  const host = installFakeOffice(globalThis);
  const plan = builtinPlan();
  expect(await buildModelInWorkbook(plan)).toMatchObject({ ok: true });
  const copy = structuredClone(host.snapshot().sheets.find((s) => s.name === 'Cash Flow'));
  const pointingIn = plan.names.filter((n) => n.sheet === 'Cash Flow').map((n) => n.name);
  expect(pointingIn.length).toBeGreaterThan(3);
  const state = host.workbook;
  const sheet = {
    id: state.nextId++,
    name: 'Cash Flow (2)',
    cells: new Map(),
    columnWidths: new Map(),
    freeze: copy?.freeze ?? { rows: 0, columns: 0 },
    validations: new Map(),
    customProperties: new Map(),
    conditionalFormats: [],
    charts: [],
    pageLayout: defaultPageLayout(),
    protected: false,
    names: [] as (typeof state.names)[number][],
  };
  for (const name of pointingIn) sheet.names.push({ name, comment: '', target: { formula: '=1' } });
  state.sheets.push(sheet);
  state.activeSheetId = sheet.id;
  host.clearRecording();
  return host;
};

describe('sheet-scoped copies of the model names (office-js issue 2875)', () => {
  it('a rebuild with a copied model sheet active succeeds: a model sheet is activated before names are added', async () => {
    const host = await withCopiedModelSheet();
    const plan = builtinPlan();
    expect(await buildModelInWorkbook(plan)).toMatchObject({ ok: true });
    expectWorkbookMatchesPlan(host.snapshot(), plan);
    // The copy and its sheet-scoped names are the user's: untouched.
    const copy = host.snapshot().sheets.find((s) => s.name === 'Cash Flow (2)');
    expect(copy?.names.length).toBeGreaterThan(3);
    expect(host.syncs.length).toBeLessThanOrEqual(4);
  });

  it('when every model sheet holds a copy, so no sheet can be activated, the build stops before writing', async () => {
    const host = await withCopiedModelSheet();
    for (const sheet of host.workbook.sheets) {
      if (!sheet.names.some((n) => n.name === 'years'))
        sheet.names.push({ name: 'years', comment: '', target: { formula: '=1' } });
    }
    const before = host.snapshot();
    const result = await buildModelInWorkbook(builtinPlan());
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    expect(result.ok === false && result.message).toMatch(/sheet-scoped copy of "years".*Name Manager/s);
    expect(host.snapshot()).toEqual(before);
  });

  it('if Excel still refuses a name, ItemAlreadyExists becomes a message naming the names and what to do', () => {
    const refusal = new FakeOfficeError(
      'ItemAlreadyExists',
      'A resource with the same name or identifier already exists.',
      'NamedItemCollection.add',
    );
    expect(buildFailureMessage(refusal, ['years', 'capex', 'years'])).toMatch(
      /^Excel refused to add the model's names \("years", "capex"\): a sheet holds its own sheet-scoped copy.*Name Manager/,
    );
    // Any other refusal keeps Excel's own words.
    expect(buildFailureMessage(new FakeOfficeError('AccessDenied', 'No.', 'Range.formulas'), [])).toBe(
      'Excel stopped the build: No. (at Range.formulas)',
    );
  });
});
