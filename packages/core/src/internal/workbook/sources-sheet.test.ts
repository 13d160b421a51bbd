import { describe, expect, it } from 'vitest';
import { resolveFactSet } from '../../facts/fact-set.js';
import { FACTS, TIMELINE } from '../../facts/facts.js';
import { parseFactsText } from '../../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS, BUILTIN_TIMELINE } from '../../facts/vintages.js';
import type { Cell } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { buildSourcesSheet, sourcesNames } from './sources-sheet.js';

const sheet = buildSourcesSheet();
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
/** The cell at an absolute one-letter-column reference such as "$D$11". */
const at = (ref: string): Cell | null | undefined => {
  const [, column = '', row = ''] = /^\$([A-Z])\$(\d+)$/.exec(ref) ?? [];
  return sheet.rows[Number(row) - 1]?.[column.charCodeAt(0) - 65];
};

describe('buildSourcesSheet', () => {
  it('heads the fact table on row 5 and freezes it with the id column', () => {
    expect(sheet.name).toBe('Sources');
    expect(sheet.rows[4]?.map(textOf)).toEqual([
      'ID',
      'Company',
      'What',
      'Value',
      'Unit',
      'Qualifier',
      'Period',
      'Year',
      'As stated',
      'Chain',
      'As of',
      'In use',
      'Confidence',
      'Original source',
      'Address',
    ]);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 1 });
  });

  it('lists every fact from row 6, its value as a blue number in its unit’s format, or a dash', () => {
    BUILTIN_OBSERVATIONS.forEach((fact, i) => {
      const row = sheet.rows[5 + i] ?? [];
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

  it('shows each public figure’s as-of date, confidence and chain through its page; the article’s as such', () => {
    const rowOf = (id: string) => sheet.rows.find((row) => textOf(row[0]) === id) ?? [];
    expect([textOf(rowOf('PB14')[10]), textOf(rowOf('PB14')[12])]).toEqual(['2026-06-18', 'high']);
    expect(textOf(rowOf('PB14')[9])).toBe(
      'Financial Times / Ed Zitron (audited financials) → Business Age (bizage.jp), 2026-06-18',
    );
    expect(textOf(rowOf('PB14')[14])).toBe('https://bizage.jp/en/articles/openai-2025-financials-news');
    expect(textOf(rowOf('PF7_ALLIN')[12])).toBe('low');
    expect(textOf(rowOf('F9')[12])).toBe('article');
    expect(textOf(rowOf('F9')[9])).toBe(
      'The Wall Street Journal (early 2026) → Huxiu (虎嗅网), technology desk, 2026-02-20',
    );
  });

  it('follows the facts with the timeline: the article’s and the public collection’s events', () => {
    const dates = sheet.rows.slice(-BUILTIN_TIMELINE.length).map((row) => textOf(row[0]));
    expect(dates).toEqual(BUILTIN_TIMELINE.map((e) => e.date ?? 'undated'));
    expect(BUILTIN_TIMELINE.length).toBeGreaterThan(TIMELINE.length);
  });

  it('gives every column of the grid a width, and prints up to the confidence one page wide at a legible width', () => {
    expect(sheet.width).toBe(15);
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(sheet.width);
    expect(sheet.printColumns).toBe(12);
    // About 8 pt and up once a landscape page fits the columns (Calibri 11 at ~190 characters is ~8 pt).
    // At most what a landscape page holds at 8 pt (`PAGE_CHARACTERS.landscape / MIN_PRINT_SCALE`).
    expect(sheet.columnWidths.slice(0, 12).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(146);
  });

  it('wraps the long texts (what, qualifier, chain) rather than letting them spill', () => {
    const row = sheet.rows.find((r) => textOf(r[0]) === 'PB16') ?? [];
    for (const column of [2, 5, 9]) expect(row[column], `column ${column}`).toMatchObject({ kind: 'text' });
    expect([row[2], row[5], row[9]].map((c) => (c?.kind === 'text' ? c.style : null))).toEqual([
      'wrapped',
      'wrapped',
      'noteWrapped',
    ]);
  });
});

describe('sourcesNames', () => {
  const names = sourcesNames();

  it('names F7’s value cell fact_F7 and F4’s year cell fact_F4_year', () => {
    expect(names).toContainEqual({ name: 'fact_F7', sheet: 'Sources', ref: '$D$12' });
    expect(at('$D$12')).toMatchObject({ kind: 'number', value: 20 });
    expect(names).toContainEqual({ name: 'fact_F4_year', sheet: 'Sources', ref: '$H$9' });
    expect(at('$H$9')).toMatchObject({ kind: 'number', value: 2029, format: '0' });
  });

  it('names each numeric value and each year, and each name points at that number', () => {
    const withValue = BUILTIN_OBSERVATIONS.filter((f) => f.value !== null);
    const withYear = BUILTIN_OBSERVATIONS.filter((f) => f.year !== null);
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

describe('the Sources sheet with newer vintages', () => {
  const observations = [
    ...BUILTIN_OBSERVATIONS,
    ...parseFactsText(
      [
        'facts:',
        '  - { id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ, title: Loss restated } }',
        '  - { id: X1, company: Anthropic, metric: funding, value: 13, asOf: 2026-09-01, source: { publisher: R } }',
      ].join('\n'),
      'newer.yaml',
    ),
  ];
  const rowsOf = (asOf: string | null) => {
    const facts = resolveFactSet(observations, asOf);
    const built = buildSourcesSheet(facts);
    const names = sourcesNames(facts);
    const cellAt = (ref: string) => {
      const [, column = '', row = ''] = /^\$([A-Z])\$(\d+)$/.exec(ref) ?? [];
      return built.rows[Number(row) - 1]?.[column.charCodeAt(0) - 65];
    };
    const of = (id: string) =>
      built.rows
        .filter((row) => textOf(row[0]) === id)
        .map((row) => [row[3]?.kind === 'number' ? row[3].value : null, textOf(row[10]), textOf(row[11])]);
    const named = (name: string) => {
      const found = names.find((n) => n.name === name);
      return found && cellAt(found.ref);
    };
    return { of, named, built };
  };

  it('shows every vintage, marks the one in use and names its cell', () => {
    const { of, named } = rowsOf(null);
    expect(of('F9')).toEqual([
      [9, '2026-02-20', 'superseded'],
      [13.5, '2026-05-01', '● in use'],
    ]);
    expect(named('fact_F9')).toMatchObject({ kind: 'number', value: 13.5, style: 'input' });
    expect(named('fact_X1')).toMatchObject({ kind: 'number', value: 13 });
  });

  it('as of an earlier date, names the older vintage and leaves the later ones unnamed', () => {
    const { of, named, built } = rowsOf('2026-04-30');
    expect(of('F9')).toEqual([
      [9, '2026-02-20', '● in use'],
      [13.5, '2026-05-01', 'not yet known on 2026-04-30'],
    ]);
    expect(named('fact_F9')).toMatchObject({ kind: 'number', value: 9 });
    expect(named('fact_X1')).toBeUndefined();
    expect(textOf(built.rows[3]?.[0])).toContain('Facts as of 2026-04-30');
  });

  it('gives each file vintage its source chain and the file it came from', () => {
    const { built } = rowsOf(null);
    const row = built.rows.find((r) => textOf(r[0]) === 'F9' && textOf(r[10]) === '2026-05-01');
    expect(textOf(row?.[9])).toBe('WSJ, “Loss restated” (file newer.yaml)');
  });
});
