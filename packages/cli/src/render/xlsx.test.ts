import { BUILTIN_SCENARIOS, buildWorkbookPlan, type WorkbookPlan } from '@aifin/core';
import { CELL_STYLES, type Cell, qualified } from '@aifin/core/workbook';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipEntry } from '../../test/support/zip-entry.js';
import { renderXlsx } from './xlsx.js';

const readBack = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
};

describe('renderXlsx with the real plan', () => {
  const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'bull' });
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    buffer = await renderXlsx(plan);
    workbook = await readBack(buffer);
  });

  const everyCell = (visit: (sheet: ExcelJS.Worksheet, address: string, cell: Cell) => void): number => {
    let count = 0;
    for (const sheetPlan of plan.sheets) {
      const sheet = workbook.getWorksheet(sheetPlan.name);
      if (!sheet) throw new Error(`missing sheet ${sheetPlan.name}`);
      sheetPlan.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell === null) return;
          count++;
          visit(sheet, sheet.getCell(r + 1, c + 1).address, cell);
        });
      });
    }
    return count;
  };

  it('has every sheet, in plan order', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it('writes every cell as the plan says: text, numbers, formulas with their values, number formats', () => {
    const kinds = new Set<string>();
    const count = everyCell((sheet, address, cell) => {
      const written = sheet.getCell(address);
      kinds.add(cell.kind);
      if (cell.kind === 'text') {
        expect(written.type, address).toBe(ExcelJS.ValueType.String);
        expect(written.value).toBe(cell.text);
      } else if (cell.kind === 'number') {
        expect(written.value, address).toBe(cell.value);
        if (cell.format) expect(written.numFmt, address).toBe(cell.format);
      } else {
        expect(written.formula, address).toBe(cell.formula.slice(1));
        if (cell.value !== null) expect(written.result, address).toEqual(cell.value);
        if (cell.format) expect(written.numFmt, address).toBe(cell.format);
      }
    });
    expect(count).toBeGreaterThan(200);
    expect([...kinds].sort()).toEqual(['formula', 'number', 'text']);
  });

  it('styles cells from CELL_STYLES: inputs blue on a solid fill, headers bold', () => {
    let inputs = 0;
    everyCell((sheet, address, cell) => {
      if (cell.style !== 'input') return;
      inputs++;
      const written = sheet.getCell(address);
      expect(written.font?.color?.argb).toBe(`FF${CELL_STYLES.input.fontColor}`);
      expect(written.fill).toMatchObject({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${CELL_STYLES.input.fill}` },
      });
    });
    expect(inputs).toBeGreaterThan(10);
    const header = plan.sheets[1]?.rows.findIndex((row) => row[0]?.style === 'header') ?? -1;
    expect(workbook.getWorksheet('Assumptions')?.getCell(header + 1, 1).font?.bold).toBe(true);
  });

  it('sets column widths and frozen panes', () => {
    for (const sheetPlan of plan.sheets) {
      const sheet = workbook.getWorksheet(sheetPlan.name);
      sheetPlan.columnWidths.forEach((width, i) => {
        // ExcelJS treats 9 as its default width and writes no <col> for it, so it reads back as unset.
        expect(sheet?.getColumn(i + 1).width ?? 9).toBe(width);
      });
      expect(sheetPlan.columnWidths.some((w) => w !== 9)).toBe(true);
      const { rows, columns } = sheetPlan.freeze;
      if (rows > 0 || columns > 0) {
        expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: columns, ySplit: rows });
      } else {
        expect((sheet?.views ?? []).some((v) => v.state === 'frozen')).toBe(false);
      }
    }
  });

  it('adds the list validations', () => {
    const validations = plan.sheets.flatMap((s) => s.validations.map((v) => ({ sheet: s.name, ...v })));
    expect(validations.length).toBeGreaterThan(0);
    for (const v of validations) {
      expect(workbook.getWorksheet(v.sheet)?.getCell(v.ref).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['values' in v ? `"${v.values.join(',')}"` : v.source.replace(/^=/, '')],
      });
    }
  });

  it('defines every name of the plan', () => {
    const written = new Map(workbook.definedNames.model.map((n) => [n.name, n.ranges]));
    expect(written.size).toBe(plan.names.length);
    // ExcelJS reads back quotes only where a sheet name needs them.
    const reference = (sheet: string, ref: string) =>
      /^[A-Za-z0-9]+$/.test(sheet) ? `${sheet}!${ref}` : qualified(sheet, ref);
    for (const name of plan.names) expect(written.get(name.name)).toEqual([reference(name.sheet, name.ref)]);
    expect(plan.names.some((n) => n.sheet === 'Cash Flow' && n.ref.includes(':'))).toBe(true);
  });

  it('asks Excel to recalculate everything on open', () => {
    expect(zipEntry(buffer, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe('renderXlsx with text that looks like a formula', () => {
  it('keeps a text cell starting with "=" a string, never a formula', async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: 'Cover',
          rows: [
            [
              { kind: 'text', text: '=1+1' },
              { kind: 'text', text: '=HYPERLINK("http://example.com","click")', style: 'note' },
              { kind: 'formula', formula: '=1+1', value: 2, format: '0.0' },
            ],
          ],
          width: 3,
          columnWidths: [10, 10, 10],
          freeze: { rows: 0, columns: 0 },
          validations: [],
        },
      ],
      names: [],
      charts: [],
      selectedScenario: 'base',
      years: [],
    };
    const sheet = (await readBack(await renderXlsx(plan))).getWorksheet('Cover');
    expect(sheet?.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A1').value).toBe('=1+1');
    expect(sheet?.getCell('A1').formula).toBeUndefined();
    expect(sheet?.getCell('B1').value).toBe('=HYPERLINK("http://example.com","click")');
    expect(sheet?.getCell('C1').type).toBe(ExcelJS.ValueType.Formula);
    expect(sheet?.getCell('C1').formula).toBe('1+1');
  });
});

describe('renderXlsx with the analysis sheets', () => {
  it('writes the Sensitivity sheet’s colour scales as conditional formats', async () => {
    const plan = buildWorkbookPlan({
      scenarios: Object.values(BUILTIN_SCENARIOS),
      selected: 'base',
      include: ['Cover', 'Checks', 'Scenarios', 'Sensitivity'],
    });
    const scales = plan.sheets.find((s) => s.name === 'Sensitivity')?.conditionalFormats ?? [];
    expect(scales).toHaveLength(3);
    const buffer = await renderXlsx(plan);
    const sheetIndex = plan.sheets.findIndex((s) => s.name === 'Sensitivity') + 1;
    const xml = await zipEntry(buffer, `xl/worksheets/sheet${sheetIndex}.xml`);
    for (const scale of scales) expect(xml).toContain(`<conditionalFormatting sqref="${scale.ref}">`);
    expect(xml.match(/<colorScale>/g)).toHaveLength(3);
    expect(xml).toContain('<color rgb="FFF8696B"/>');
    expect((await readBack(buffer)).worksheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });
});
