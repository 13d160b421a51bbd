import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import { headerFooterCode, PORTRAIT_MAX_CHARACTERS, printSetupFor, SOURCE_LINE } from './print-setup.js';

const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'bear' });

describe('printSetupFor', () => {
  it('fits every sheet of the plan to one page wide, and the Cover to one page', () => {
    for (const sheet of plan.sheets) {
      expect(sheet.print?.fitToPagesWide, sheet.name).toBe(1);
      expect(sheet.print?.fitToPagesTall, sheet.name).toBe(sheet.name === 'Cover' ? 1 : 0);
    }
  });

  it('prints the sheets with year columns landscape, and a narrow sheet portrait', () => {
    for (const name of ['Revenue Mix', 'Loss Model'])
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
    expect(plan.sheets.find((s) => s.name === 'Sources')?.print?.printArea?.lastColumn).toBe(13);
    expect(plan.sheets.find((s) => s.name === 'Checks')?.print?.printArea).toBeNull();
  });

  it('prints the model sheets’ tables without the charts below them (the Cover prints those on its page)', () => {
    for (const name of ['Revenue Mix', 'Loss Model'] as const) {
      const sheet = plan.sheets.find((s) => s.name === name);
      const area = sheet?.print?.printArea;
      expect(area).toEqual({ lastRow: sheet?.rows.length, lastColumn: sheet?.columnWidths.length });
      const chart = plan.charts.find((c) => c.sheet === name);
      expect(Number(chart?.from.replace(/^[A-Z]+/, ''))).toBeGreaterThan(area?.lastRow ?? Infinity);
    }
  });

  it('repeats the frozen header rows and label columns on every page', () => {
    const model = plan.sheets.find((s) => s.name === 'Loss Model');
    expect(model?.print?.titleRows).toEqual({ first: 1, last: model?.freeze.rows });
    expect(model?.print?.titleColumns).toEqual({ first: 1, last: model?.freeze.columns });
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
