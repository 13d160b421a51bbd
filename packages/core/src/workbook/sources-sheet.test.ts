import { describe, expect, it } from 'vitest';
import { FACTS, TIMELINE } from '../facts/facts.js';
import type { Cell } from './plan.js';
import { buildSourcesSheet, sourcesNames } from './sources-sheet.js';
import { UNIT_FORMATS } from './styles.js';

const sheet = buildSourcesSheet();
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
/** The cell at an absolute one-letter-column reference such as "$D$11". */
const at = (ref: string): Cell | null | undefined => {
  const [, column = '', row = ''] = /^\$([A-Z])\$(\d+)$/.exec(ref) ?? [];
  return sheet.rows[Number(row) - 1]?.[column.charCodeAt(0) - 65];
};

describe('buildSourcesSheet', () => {
  it('heads the fact table on row 4 and freezes it with the id column', () => {
    expect(sheet.name).toBe('Sources');
    expect(sheet.rows[3]?.map(textOf)).toEqual([
      'ID',
      'Company',
      'What',
      'Value',
      'Unit',
      'Qualifier',
      'Period',
      'Year',
      'As stated',
      'Original source',
      'Chain',
    ]);
    expect(sheet.freeze).toEqual({ rows: 4, columns: 1 });
  });

  it('lists every fact from row 5, its value as a blue number in its unit’s format, or a dash', () => {
    FACTS.forEach((fact, i) => {
      const row = sheet.rows[4 + i] ?? [];
      expect(textOf(row[0])).toBe(fact.id);
      expect(textOf(row[8])).toBe(fact.stated);
      if (fact.value === null) expect(row[3]).toMatchObject({ kind: 'text', text: '—' });
      else
        expect(row[3], fact.id).toMatchObject({
          kind: 'number',
          value: fact.value,
          style: 'input',
          ...(fact.unit ? { format: UNIT_FORMATS[fact.unit] } : {}),
        });
    });
    expect(FACTS.some((f) => f.value === null)).toBe(true);
  });

  it('follows the facts with the timeline', () => {
    const dates = sheet.rows.slice(-TIMELINE.length).map((row) => textOf(row[0]));
    expect(dates).toEqual(TIMELINE.map((e) => e.date ?? 'undated'));
  });

  it('gives every column of the grid a width', () => {
    expect(sheet.width).toBe(11);
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(sheet.width);
  });
});

describe('sourcesNames', () => {
  const names = sourcesNames();

  it('names F7’s value cell fact_F7 and F4’s year cell fact_F4_year', () => {
    expect(names).toContainEqual({ name: 'fact_F7', sheet: 'Sources', ref: '$D$11' });
    expect(at('$D$11')).toMatchObject({ kind: 'number', value: 20 });
    expect(names).toContainEqual({ name: 'fact_F4_year', sheet: 'Sources', ref: '$H$8' });
    expect(at('$H$8')).toMatchObject({ kind: 'number', value: 2029, format: '0' });
  });

  it('names each numeric value and each year, and each name points at that number', () => {
    const withValue = FACTS.filter((f) => f.value !== null);
    const withYear = FACTS.filter((f) => f.year !== null);
    expect(names).toHaveLength(withValue.length + withYear.length);
    for (const fact of withValue) {
      const name = names.find((n) => n.name === `fact_${fact.id}`);
      expect(name && at(name.ref), fact.id).toMatchObject({ kind: 'number', value: fact.value });
    }
    for (const fact of withYear) {
      const name = names.find((n) => n.name === `fact_${fact.id}_year`);
      expect(name && at(name.ref), fact.id).toMatchObject({ kind: 'number', value: fact.year });
    }
  });
});
