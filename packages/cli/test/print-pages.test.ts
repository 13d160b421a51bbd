import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ANALYSIS_SHEETS,
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  OPTIONAL_SHEETS,
} from '@aifin/core';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { convert } from './support/libreoffice.js';
import { type PdfPages, pdfPages } from './support/pdf-pages.js';
import { smallestWordPerPage } from './support/pdf-text-size.js';
import { tempDir } from './support/temp-dir.js';

// The default export (what `pnpm start` leaves), printed by a real spreadsheet: every page legible (the type no smaller
// than a calibration page's, printed the same way), long sheets several pages across rather than shrunk.

const sheetNames = buildWorkbookPlan({
  scenarios: Object.values(BUILTIN_SCENARIOS),
  selected: 'base',
  // What `aifin export` builds: every optional sheet and the analysis sheets.
  include: [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS],
}).sheets.map((s) => s.name);

/**
 * The smallest type a page may carry, as pdftotext measures a word's box: that of 7.5 pt text printed at 100 % by the
 * same LibreOffice (11 pt text measures about 14.3 pt high; 8 pt about 10.4). The print setup aims at 8 pt from the
 * sheets' column widths; 7.5 pt leaves room for LibreOffice's own rounding of the scale.
 */
let smallestAllowed = 0;

beforeAll(async () => {
  const dir = await tempDir();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Calibration');
  sheet.getCell('A1').value = 'Seven and a half point text';
  sheet.getCell('A1').font = { size: 7.5 };
  await workbook.xlsx.writeFile(join(dir, 'calibration.xlsx'));
  const [pdf] = await convert([join(dir, 'calibration.xlsx')], join(dir, 'printed'), 'pdf');
  if (!pdf) throw new Error('no calibration PDF written');
  [smallestAllowed = 0] = await smallestWordPerPage(pdf, dir);
  expect(smallestAllowed).toBeGreaterThan(5);
});

/** Exports one scenario with the built binary and prints the workbook to PDF with LibreOffice. */
const printExport = async (
  args: readonly string[],
  file: string,
): Promise<PdfPages & { smallest: readonly number[] }> => {
  ensureBinary();
  const dir = await tempDir();
  const { status, stderr } = runBinary(['export', ...args, '--out', 'out', '--force'], dir);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  const [pdf] = await convert([join(dir, 'out', file)], join(dir, 'printed'), 'pdf');
  if (!pdf) throw new Error('no PDF written');
  return { ...pdfPages(await readFile(pdf)), smallest: await smallestWordPerPage(pdf, dir) };
};

/** The sheets whose pages print type smaller than allowed, with their smallest word's height. */
function illegible(pages: PdfPages & { smallest: readonly number[] }): string[] {
  const found: string[] = [];
  let page = 0;
  for (const [sheet, count] of pages.perBookmark) {
    for (let i = 0; i < count; i++, page++) {
      const smallest = pages.smallest[page] ?? Number.POSITIVE_INFINITY;
      if (smallest < smallestAllowed) found.push(`${sheet} page ${i + 1}: ${smallest.toFixed(1)}`);
    }
  }
  return found;
}

/** The sheets an analyst prints to read the model: they must be legible at every horizon. */
const READ_SHEETS = ['Cover', 'Revenue Mix', 'Income Statement', 'Cash Flow', 'Valuation', 'Plan'];

describe('the default export printed to PDF by LibreOffice', () => {
  let pages: PdfPages & { smallest: readonly number[] };
  beforeAll(async () => {
    pages = await printExport(['--scenario', 'base'], 'aifin-base.xlsx');
  });

  it('prints the model’s sheets legibly, each on at most four pages (two across, two down)', () => {
    expect(illegible(pages).filter((p) => READ_SHEETS.some((s) => p.startsWith(`${s} `)))).toEqual([]);
    for (const sheet of ['Revenue Mix', 'Income Statement', 'Cash Flow', 'Valuation', 'Plan'])
      expect(pages.perBookmark.get(sheet), sheet).toBeLessThanOrEqual(4);
    expect(pages.perBookmark.get('Sources')).toBeLessThanOrEqual(Math.ceil(BUILTIN_OBSERVATIONS.length / 5));
  });

  it('prints every sheet, and the Cover dashboard on one page', () => {
    expect([...pages.perBookmark.keys()]).toEqual(sheetNames);
    expect([...pages.perBookmark.values()].reduce((a, b) => a + b, 0)).toBe(pages.total);
    // The Cover's key figures, comparison and charts take two landscape pages at a legible size.
    expect(pages.perBookmark.get('Cover')).toBeLessThanOrEqual(2);
  });
});

describe('a 15-year export printed to PDF by LibreOffice', () => {
  it('prints the wider year grid several pages across, its labels repeated, rather than shrinking it', async () => {
    const pages = await printExport(['--scenario', 'bull', '--horizon', '15'], 'aifin-bull.xlsx');
    expect(illegible(pages).filter((p) => READ_SHEETS.some((s) => p.startsWith(`${s} `)))).toEqual([]);
    for (const sheet of ['Income Statement', 'Cash Flow', 'Plan'])
      expect(pages.perBookmark.get(sheet), sheet).toBeGreaterThanOrEqual(2);
  });
});
