import { describe, expect, it } from 'vitest';
import { LINE_IDS } from '../../model/line-ids.js';
import { LINES, type LineId, MODEL_SHEETS, type ModelSheet } from '../../model/lines.js';
import { FIRST_YEAR_COLUMN, lineRow, MODEL_HEADER_ROW, MODEL_ROWS } from './model-layout.js';

const SHEETS: readonly ModelSheet[] = MODEL_SHEETS;

describe('model layout', () => {
  it('gives every line one row, on its own sheet, below the header, with no two lines sharing a row', () => {
    const taken = new Set<string>();
    for (const id of LINE_IDS) {
      const { sheet, row } = lineRow(id);
      expect(sheet, id).toBe(LINES.find((def) => def.id === id)?.sheet);
      expect(row, id).toBeGreaterThan(MODEL_HEADER_ROW);
      expect(taken.has(`${sheet}!${row}`), id).toBe(false);
      taken.add(`${sheet}!${row}`);
    }
    const lineEntries = SHEETS.flatMap((s) => MODEL_ROWS[s].filter((e) => e.kind === 'line'));
    expect(lineEntries).toHaveLength(LINE_IDS.length);
    expect(FIRST_YEAR_COLUMN).toBe(4);
  });

  it('puts each line at its entry’s row, right after the header', () => {
    for (const sheet of SHEETS)
      MODEL_ROWS[sheet].forEach((entry, i) => {
        if (entry.kind === 'line') expect(lineRow(entry.def.id).row).toBe(MODEL_HEADER_ROW + 1 + i);
      });
  });

  it('keeps lines in line order and sections in the order of their first line, each under its heading', () => {
    for (const sheet of SHEETS) {
      const rows = MODEL_ROWS[sheet];
      const lineIds = rows.flatMap((e) => (e.kind === 'line' ? [e.def.id] : []));
      const expectedSections = [...new Set(LINES.filter((d) => d.sheet === sheet).map((d) => d.section))];
      expect(rows.flatMap((e) => (e.kind === 'section' ? [e.title] : []))).toEqual(expectedSections);
      expect(rows[0]?.kind).toBe('section');
      let current = '';
      rows.forEach((entry, i) => {
        if (entry.kind === 'section') {
          current = entry.title;
          if (i > 0) expect(rows[i - 1]?.kind, `blank before ${entry.title}`).toBe('blank');
        }
        if (entry.kind === 'line') expect(entry.def.section).toBe(current);
      });
      expect(lineIds).toEqual(LINES.filter((d) => d.sheet === sheet).map((d) => d.id));
    }
  });

  it('throws for a line that has no row (a programming error)', () => {
    expect(() => lineRow('nope' as LineId)).toThrow(/no row/);
  });
});
