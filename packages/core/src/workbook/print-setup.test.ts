import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import {
  headerFooterCode,
  MIN_PRINT_SCALE,
  PAGE_CHARACTERS,
  PORTRAIT_MAX_CHARACTERS,
  pagesWide,
  printSetupFor,
  SOURCE_LINE,
} from './print-setup.js';

const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'bear' });

describe('printSetupFor', () => {
  it('fits every sheet to as few pages across as keep its type at 8 pt, as many down as it needs', () => {
    for (const sheet of plan.sheets) expect(sheet.print?.fitToPagesTall, sheet.name).toBe(0);
    expect(plan.sheets.find((s) => s.name === 'Cover')?.print?.fitToPagesWide).toBe(1);
    expect(plan.sheets.find((s) => s.name === 'Income Statement')?.print?.fitToPagesWide).toBe(1);
    const long = buildWorkbookPlan({
      scenarios: Object.values(BUILTIN_SCENARIOS).map((s) => withHorizon(s, 15)),
      selected: 'base',
    });
    const wide = long.sheets.find((s) => s.name === 'Income Statement');
    expect(wide?.print?.fitToPagesWide).toBe(2);
  });

  it('counts the pages across a sheet needs at 8 pt, the labels repeated on each', () => {
    const perPage = PAGE_CHARACTERS.landscape / MIN_PRINT_SCALE;
    expect(pagesWide(perPage, 100, 'landscape')).toBe(1);
    expect(pagesWide(perPage + 1, 100, 'landscape')).toBe(2);
    expect(pagesWide(perPage + (perPage - 100) + 1, 100, 'landscape')).toBe(3);
  });

  it('prints the sheets with year columns landscape, and a narrow sheet portrait', () => {
    for (const name of ['Revenue Mix', 'Income Statement', 'Cash Flow', 'Valuation', 'Plan'])
      expect(plan.sheets.find((s) => s.name === name)?.print?.orientation, name).toBe('landscape');
    const narrow = {
      name: 'Checks' as const,
      rows: [],
      columnWidths: [30, 10, 40],
      freeze: { rows: 0, columns: 0 },
    };
    expect(narrow.columnWidths.reduce((a, b) => a + b)).toBeLessThanOrEqual(PORTRAIT_MAX_CHARACTERS);
    expect(printSetupFor(narrow, 'base', false).orientation).toBe('portrait');
  });

  it('prints Assumptions up to the live reason: the per-scenario reasons stay on screen', () => {
    const assumptions = plan.sheets.find((s) => s.name === 'Assumptions');
    const lastColumn = assumptions?.rows[5]?.findIndex((c) => c?.kind === 'text' && c.text === 'Why (live)');
    expect(assumptions?.print?.printArea).toEqual({
      lastRow: assumptions?.rows.length,
      lastColumn: (lastColumn ?? 0) + 1,
    });
    expect(plan.sheets.find((s) => s.name === 'Sources')?.print?.printArea?.lastColumn).toBe(12);
    expect(plan.sheets.find((s) => s.name === 'Checks')?.print?.printArea).toBeNull();
  });

  it('takes every chart into its sheet’s print area', () => {
    for (const chart of plan.charts) {
      const area = plan.sheets.find((s) => s.name === chart.sheet)?.print?.printArea;
      const end = /^([A-Z]+)(\d+)$/.exec(chart.to.replaceAll('$', ''));
      expect(area, chart.title).not.toBeNull();
      expect(Number(end?.[2]), chart.title).toBeLessThanOrEqual(area?.lastRow ?? 0);
      expect((end?.[1] ?? 'ZZ').charCodeAt(0) - 64, chart.title).toBeLessThanOrEqual(area?.lastColumn ?? 0);
    }
  });

  it('repeats the frozen header rows and label columns on every page', () => {
    const model = plan.sheets.find((s) => s.name === 'Cash Flow');
    expect(model?.print?.titleRows).toEqual({ first: 1, last: model?.freeze.rows });
    // The label and unit columns: the source column prints once, on the first page across.
    expect(model?.print?.titleColumns).toEqual({ first: 1, last: 2 });
    expect(plan.sheets.find((s) => s.name === 'Cover')?.print?.titleRows).toBeNull();
  });

  it('puts the sheet, the exported scenario, "page n of m" and the source line in the footer', () => {
    const footer = plan.sheets[0]?.print?.footer;
    if (!footer) throw new Error('no footer');
    expect(headerFooterCode(footer.left)).toBe('&A · scenario bear');
    expect(headerFooterCode(footer.center)).toBe('Page &P of &N');
    expect(headerFooterCode(footer.right)).toBe(SOURCE_LINE);
    expect(SOURCE_LINE).toBe(
      'Source: Huxiu 2026-02-20, public reporting to 2026-06-30 and assumptions; aifin',
    );
  });
});

describe('headerFooterCode', () => {
  it('doubles a literal ampersand, so text never turns into a code', () => {
    expect(headerFooterCode([{ kind: 'text', text: 'R&D' }, { kind: 'sheetName' }])).toBe('R&&D&A');
  });
});
