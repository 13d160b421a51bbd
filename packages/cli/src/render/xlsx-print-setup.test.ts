import { BUILTIN_SCENARIOS, buildWorkbookPlan } from '@aifin/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipEntry } from '../../test/support/zip-entry.js';
import { renderXlsx } from './xlsx.js';

describe('applyPrintSetup, through renderXlsx', () => {
  const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'bull' });
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await renderXlsx(plan);
  });
  const sheetXml = (index: number) => zipEntry(buffer, `xl/worksheets/sheet${index + 1}.xml`);

  it('switches fit-to-page on and fits every sheet to the pages across the plan says', () => {
    plan.sheets.forEach((sheet, i) => {
      const xml = sheetXml(i);
      expect(xml, sheet.name).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml, sheet.name).toMatch(
        new RegExp(
          `<pageSetup orientation="${sheet.print?.orientation}"[^>]* fitToWidth="${sheet.print?.fitToPagesWide}" fitToHeight="${sheet.print?.fitToPagesTall}"`,
        ),
      );
      expect(xml, sheet.name).toContain('<pageMargins left="0.25" right="0.25" top="0.5" bottom="0.6"');
    });
  });

  it('writes the footer: sheet and scenario left, page n of m centred, the source line right', () => {
    expect(sheetXml(2)).toContain(
      '<oddFooter>&amp;L&amp;A · scenario bull&amp;CPage &amp;P of &amp;N&amp;RSource: Huxiu 2026-02-20, public reporting to 2026-06-30 and assumptions; aifin</oddFooter>',
    );
  });

  it('repeats the label columns and header rows of the model sheets as print titles', () => {
    const workbook = zipEntry(buffer, 'xl/workbook.xml');
    const index = plan.sheets.findIndex((s) => s.name === 'Cash Flow');
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;Cash Flow&apos;!$A:$B,&apos;Cash Flow&apos;!$1:$4</definedName>`,
    );
  });

  it('writes each print area as an absolute range, which LibreOffice and Excel both read', () => {
    const workbook = zipEntry(buffer, 'xl/workbook.xml');
    plan.sheets.forEach((sheet, i) => {
      const area = sheet.print?.printArea;
      if (!area) return;
      const last = `$${String.fromCharCode(64 + area.lastColumn)}$${area.lastRow}`;
      expect(workbook, sheet.name).toContain(
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">&apos;${sheet.name}&apos;!$A$1:${last}</definedName>`,
      );
    });
    // Every sheet with charts takes them into its print area; Assumptions and Sources leave reference columns out.
    expect(plan.sheets.filter((s) => s.print?.printArea).map((s) => s.name)).toEqual([
      'Cover',
      'Assumptions',
      'Revenue Mix',
      'Cash Flow',
      'Competitors',
      'Sources',
    ]);
  });
});
