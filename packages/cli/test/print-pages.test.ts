import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ANALYSIS_SHEETS,
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  OPTIONAL_SHEETS,
} from '@aifin/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { convert } from './support/libreoffice.js';
import { type PdfPages, pdfPages } from './support/pdf-pages.js';
import { tempDir } from './support/temp-dir.js';

// The default export (what `pnpm start` leaves), printed by a real spreadsheet: its print setup must keep every sheet
// one page wide, so the whole workbook takes at most a few pages more than it has sheets (it took 26 before).

const sheetNames = buildWorkbookPlan({
  scenarios: Object.values(BUILTIN_SCENARIOS),
  selected: 'base',
  // What `aifin export` builds: every optional sheet and the analysis sheets.
  include: [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS],
}).sheets.map((s) => s.name);

/**
 * Pages printed, counting the Sources sheet as one page and the Competitors sheet as at most two: Sources lists every
 * built-in fact (the article's 17 and the public collection's, each row with its wrapped source chain), and
 * Competitors sets three series by date over a chart, so both run longer than the model sheets by their content.
 */
function withoutFactList(pages: PdfPages): number {
  const sources = pages.perBookmark.get('Sources') ?? 0;
  const competitors = pages.perBookmark.get('Competitors') ?? 0;
  expect(competitors).toBeLessThanOrEqual(2);
  return pages.total - sources + 1 - competitors + 1;
}

/** Exports one scenario with the built binary and prints the workbook to PDF with LibreOffice. */
const printExport = async (args: readonly string[], file: string): Promise<PdfPages> => {
  ensureBinary();
  const dir = await tempDir();
  const { status, stderr } = runBinary(['export', ...args, '--out', 'out', '--force'], dir);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  const [pdf] = await convert([join(dir, 'out', file)], join(dir, 'printed'), 'pdf');
  if (!pdf) throw new Error('no PDF written');
  return pdfPages(await readFile(pdf));
};

describe('the default export printed to PDF by LibreOffice', () => {
  let pages: PdfPages;
  beforeAll(async () => {
    pages = await printExport(['--scenario', 'base'], 'aifin-base.xlsx');
  });

  it('takes at most (sheets + 3) pages besides the fact list, which takes at most a page per 15 facts', () => {
    expect(withoutFactList(pages), JSON.stringify([...pages.perBookmark])).toBeLessThanOrEqual(
      sheetNames.length + 3,
    );
    expect(pages.perBookmark.get('Sources')).toBeLessThanOrEqual(Math.ceil(BUILTIN_OBSERVATIONS.length / 15));
  });

  it('prints every sheet, and the Cover dashboard on one page', () => {
    expect([...pages.perBookmark.keys()]).toEqual(sheetNames);
    expect([...pages.perBookmark.values()].reduce((a, b) => a + b, 0)).toBe(pages.total);
    expect(pages.perBookmark.get('Cover')).toBe(1);
    // The model tables print whole on a page each, without the charts under them (a chart there split over a break).
    expect(pages.perBookmark.get('Revenue Mix')).toBe(1);
    expect(pages.perBookmark.get('Cash Flow')).toBe(1);
  });
});

describe('a 15-year export printed to PDF by LibreOffice', () => {
  it('still takes at most (sheets + 3) pages: the wider year grid scales down, never spills onto more pages', async () => {
    const pages = await printExport(['--scenario', 'bull', '--horizon', '15'], 'aifin-bull.xlsx');
    expect(withoutFactList(pages), JSON.stringify([...pages.perBookmark])).toBeLessThanOrEqual(
      sheetNames.length + 3,
    );
    expect(pages.perBookmark.get('Cover')).toBe(1);
  });
});
