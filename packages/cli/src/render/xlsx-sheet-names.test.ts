import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxSheetNames } from './xlsx-sheet-names.js';

describe('xlsxSheetNames', () => {
  it('reads the worksheet names in tab order, entities decoded', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['Cover', 'R&D', "Bob's"]) workbook.addWorksheet(name);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await xlsxSheetNames(data)).toEqual(['Cover', 'R&D', "Bob's"]);
  });
});
