import { BUILTIN_SCENARIOS, buildWorkbookPlan } from '@aifin/core';
import { CELL_STYLES, UNIT_FORMATS } from '@aifin/core/workbook';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from './xlsx.js';

// The presentation the plan chooses, as ExcelJS reads the written file back.

describe('renderXlsx presentation', () => {
  const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'base' });
  let lossModel: ExcelJS.Worksheet;
  let valuation: ExcelJS.Worksheet;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(plan)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Cash Flow');
    if (!sheet) throw new Error('no Cash Flow sheet');
    lossModel = sheet;
    const valuationSheet = workbook.getWorksheet('Valuation');
    if (!valuationSheet) throw new Error('no Valuation sheet');
    valuation = valuationSheet;
  });

  it('writes the A / E marks right-aligned on their fills, above the years', () => {
    const actual = lossModel.getCell('F3');
    const estimate = lossModel.getCell('G3');
    expect([actual.value, estimate.value]).toEqual(['A', 'E']);
    expect(actual.alignment).toEqual({ horizontal: 'right' });
    expect(actual.fill).toMatchObject({ fgColor: { argb: `FF${CELL_STYLES.periodActual.fill}` } });
    expect(estimate.fill).toMatchObject({ fgColor: { argb: `FF${CELL_STYLES.periodEstimate.fill}` } });
    expect(lossModel.getCell('F4').fill).toMatchObject({
      fgColor: { argb: `FF${CELL_STYLES.headerActual.fill}` },
    });
  });

  it('colours a formula that reads another sheet green and one that reads its own sheet black', () => {
    const planned = plan.sheets.find((s) => s.name === 'Cash Flow');
    let links = 0;
    for (const [r, row] of (planned?.rows ?? []).entries())
      for (const [c, cell] of row.entries()) {
        if (cell?.kind !== 'formula' || (cell.style !== 'link' && cell.style !== 'formula')) continue;
        const colour = cell.style === 'link' ? CELL_STYLES.link.fontColor : CELL_STYLES.formula.fontColor;
        expect(lossModel.getCell(r + 1, c + 1).font?.color?.argb, cell.formula).toBe(`FF${colour}`);
        if (cell.style === 'link') links++;
      }
    expect(links).toBeGreaterThan(5);
  });

  it('writes negatives in parentheses and multiples with ×', () => {
    const formats = new Set<string>();
    for (const sheet of [lossModel, valuation])
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.numFmt) formats.add(cell.numFmt);
        });
      });
    expect(formats).toContain(UNIT_FORMATS.multiple);
    expect(formats).toContain(UNIT_FORMATS.ratio);
    expect(UNIT_FORMATS.multiple).toBe('0.0"×"_);(0.0"×")');
  });
});
