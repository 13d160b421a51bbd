import { describe, expect, it } from 'vitest';
import { installFakeOffice } from '../fake-excel/index.js';

describe('the fake Excel host', () => {
  it('throws on reading a property before load and sync, like Office.js', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'Data', rows: [[1, '=A1*2']] }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      expect(() => range.formulas).toThrow(/call the load method/);
      range.load('formulas,values');
      await context.sync();
      expect(range.formulas).toEqual([[1, '=A1*2']]);
      expect(range.values).toEqual([[1, '#CALC!']]);
    });
  });

  it('refuses to load a property it does not simulate, rather than reading undefined', async () => {
    installFakeOffice(globalThis);
    const run = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.format.font.load('bold');
      await context.sync();
    });
    await expect(run).rejects.toThrow('fake-excel: RangeFont.bold is not loadable in this fake');
  });

  it('applies nothing until sync, then everything in order', async () => {
    const host = installFakeOffice(globalThis);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('New');
      sheet.getRange('A1').formulas = [['x']];
      expect(host.workbook.sheets).toHaveLength(1);
      await context.sync();
      expect(host.snapshot().sheets[1]?.cells.A1?.content).toEqual({ kind: 'text', text: 'x' });
    });
    expect(host.syncs).toHaveLength(1);
  });

  it("rejects a 2D array that does not fit the range, with Excel's message", async () => {
    installFakeOffice(globalThis);
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').formulas = [[1, 2]];
      await context.sync();
    });
    await expect(run).rejects.toThrow("doesn't match the size or dimensions of the range");
  });

  it('rejects a missing sheet with ItemNotFound and a null object instead with …OrNullObject', async () => {
    installFakeOffice(globalThis);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it('serialises its handle for the browser test, calls included', async () => {
    const host = installFakeOffice(globalThis);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [[1]];
      await context.sync();
    });
    const json = JSON.parse(JSON.stringify(host));
    expect(json.workbook.sheets[0].cells.A1.content).toEqual({ kind: 'number', value: 1 });
    expect(json.syncs[0].payloadBytes).toBeGreaterThan(0);
    expect(json.calls.map((c: { member: string }) => c.member)).toEqual(['getItem', 'getRange', 'formulas']);
  });
});
