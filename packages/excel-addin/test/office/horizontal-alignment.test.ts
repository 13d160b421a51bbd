import { describe, expect, it } from 'vitest';
import { installFakeOffice } from '../fake-excel/index.js';

describe('the fake RangeFormat.horizontalAlignment', () => {
  it('stores Excel alignments per cell, "General" clears them, and anything else is rejected', async () => {
    const host = installFakeOffice(globalThis, { sheets: [{ name: 'S' }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:B1').format.horizontalAlignment = 'Right';
      sheet.getRange('B1').format.horizontalAlignment = 'General';
      await context.sync();
    });
    const cells = host.snapshot().sheets[0]?.cells;
    expect(cells?.A1?.alignment).toBe('Right');
    expect(cells?.B1).toBeUndefined();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').format.horizontalAlignment =
          'Rightish' as Excel.HorizontalAlignment;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
