import { describe, expect, it } from 'vitest';
import { BUILTIN_FACT_SET, resolveFactSet } from '../../facts/fact-set.js';
import { parseFactsText } from '../../facts/parse-facts-text.js';
import { BUILTIN_AS_OF, BUILTIN_OBSERVATIONS } from '../../facts/vintages.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { buildWorkbookPlan } from '../../workbook/build-workbook-plan.js';
import type { Cell, SheetPlan } from '../../workbook/plan.js';
import {
  buildCompetitorsSheet,
  COMPETITORS_CHART_ROWS,
  layoutCompetitors,
  SHARE_NOTE,
} from './competitors-sheet.js';
import { sourcesNames } from './sources-sheet.js';

const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const formulaOf = (cell: Cell | null | undefined) => (cell?.kind === 'formula' ? cell.formula : null);

/** The rows of the table under a section heading: [first column, OpenAI formula, Anthropic formula]. */
function table(sheet: SheetPlan, heading: string): (string | null | undefined)[][] {
  const start = sheet.rows.findIndex((row) => textOf(row[0])?.startsWith(heading));
  if (start < 0) return [];
  const rows: (string | null | undefined)[][] = [];
  for (const row of sheet.rows.slice(start + 2)) {
    if (row.length === 0 || row[0]?.kind !== 'text' || row[0].style === 'section') break;
    rows.push([textOf(row[0]), formulaOf(row[1]), formulaOf(row[2])]);
  }
  return rows;
}

const RUN_RATES = 'Run-rate revenue by date';
const VALUATIONS = 'Valuations by date';
const ROUNDS = 'Funding rounds by date';

describe('layoutCompetitors', () => {
  const { sheet, charts } = layoutCompetitors();

  it('sets each company’s run rates as a series by date, from the article and the public collection', () => {
    expect(table(sheet, RUN_RATES).slice(0, 9)).toEqual([
      ['2023-12-31', '=fact_F5', null],
      ['2024-12-31', '=fact_F6', '=fact_PH1'],
      ['2025-08-31', null, '=fact_PH2'],
      ['2025-12-31', '=fact_F7', '=fact_PH3'],
      ['2025-12-31', '=fact_PB4', null],
      ['2026-02-12', null, '=fact_PH4'],
      ['2026-03-29', '=fact_PB30', null],
      ['2026-04-07', null, '=fact_PH5'],
      ['2026-05-28', null, '=fact_PH7'],
    ]);
  });

  it('shows the day Anthropic’s run rate passed OpenAI’s, and OpenAI’s dispute as a labelled row', () => {
    const rows = table(sheet, RUN_RATES);
    expect(rows[9]).toEqual(['Anthropic ahead of OpenAI', null, '=fact_PH5-fact_PB30']);
    const ahead = sheet.rows.find((row) => textOf(row[0]) === 'Anthropic ahead of OpenAI');
    expect(ahead?.[2]).toMatchObject({ kind: 'formula', value: 5 });
    expect(textOf(ahead?.[3])).toContain('passed OpenAI’s on 2026-04-07');
    expect(rows[10]).toEqual(['OpenAI’s reading (disputed)', null, '=fact_PH6']);
    const texts = sheet.rows.flat().map(textOf);
    expect(texts.some((t) => t?.startsWith('OpenAI disputes the comparison') && t.includes('22'))).toBe(true);
  });

  it('charts the two run-rate series over the table’s rows, joining each company’s points across the other’s dates', () => {
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    const rows = table(sheet, RUN_RATES).filter((row) => /^\d{4}-/.test(row[0] ?? ''));
    const first = sheet.rows.findIndex((row) => textOf(row[0]) === '2023-12-31') + 1;
    const last = first + rows.length - 1;
    expect(chart).toMatchObject({
      sheet: 'Competitors',
      type: 'line',
      blanks: 'span',
      categories: `'Competitors'!$A$${first}:$A$${last}`,
      series: [
        { name: 'OpenAI', values: `'Competitors'!$B$${first}:$B$${last}` },
        { name: 'Anthropic', values: `'Competitors'!$C$${first}:$C$${last}` },
      ],
    });
    // Inside the sheet's rows (so inside what prints), on rows left empty for it.
    const top = Number(/\d+/.exec(chart?.from ?? '')?.[0]);
    const bottom = Number(/\d+/.exec(chart?.to ?? '')?.[0]);
    expect(bottom - top + 1).toBe(COMPETITORS_CHART_ROWS);
    expect(bottom).toBeLessThan(sheet.rows.length);
    for (let row = top; row <= bottom; row++) expect(sheet.rows[row - 1], `row ${row}`).toEqual([]);
    // A company without a point on a date leaves its cell empty: a chart would plot text as zero.
    for (let row = first; row <= last; row++) {
      for (const column of [1, 2]) {
        const cell = sheet.rows[row - 1]?.[column] ?? null;
        expect(cell === null || cell.kind === 'formula', `row ${row}`).toBe(true);
      }
    }
  });

  it('sets valuations and rounds by date, every vintage labelled', () => {
    expect(table(sheet, VALUATIONS)).toEqual([
      ['2025-03-31', '=fact_PG1_POST', '=fact_PH14_POST'],
      ['2025-09-30', null, '=fact_PH15_POST'],
      ['2025-10-02', '=fact_PG5_VALUATION', null],
      ['2026-02-12', null, '=fact_PH18_POST'],
      ['2026-02-19', '=fact_PG6_POST', null],
      ['2026-02-20', '=fact_F2', null],
      ['2026-03-31', '=fact_PG7_POST', null],
      ['2026-05-28', null, '=fact_PH19_POST'],
      ['2026-06-01', null, '=fact_PH20'],
      ['2026-06-30', '=fact_PG9_VALUATION', null],
    ]);
    const rounds = table(sheet, ROUNDS);
    expect(rounds).toContainEqual(['2026-02-20', '=fact_F1', '=fact_F13']);
    expect(rounds).toContainEqual(['2026-03-31', '=fact_PG7_COMMITTED', null]);
    expect(rounds.map((row) => row[0])).toEqual([...rounds.map((row) => row[0] ?? '')].sort());
  });

  it('links every figure to a named fact on Sources', () => {
    const named = new Set(sourcesNames(BUILTIN_FACT_SET).map((n) => `=${n.name}`));
    const formulas = sheet.rows.flat().flatMap((cell) => (cell?.kind === 'formula' ? [cell.formula] : []));
    expect(formulas.length).toBeGreaterThan(30);
    for (const formula of formulas)
      for (const name of formula.slice(1).split('-')) expect(named.has(`=${name}`), formula).toBe(true);
  });

  it('as of the article’s day, shows only what was known then: no passing, no dispute', () => {
    const early = layoutCompetitors(resolveFactSet(BUILTIN_OBSERVATIONS, BUILTIN_AS_OF)).sheet;
    expect(table(early, RUN_RATES)).toEqual([
      ['2023-12-31', '=fact_F5', null],
      ['2024-12-31', '=fact_F6', '=fact_PH1'],
      ['2025-08-31', null, '=fact_PH2'],
      ['2025-12-31', '=fact_F7', null],
      ['2025-12-31', '=fact_PB4', null],
    ]);
    expect(early.rows.flat().map(textOf)).not.toContain('Anthropic ahead of OpenAI');
  });
});

describe('buildCompetitorsSheet', () => {
  it('says in one plain note that the shares are a share of spend, not of revenue', () => {
    const notes = buildCompetitorsSheet()
      .rows.flat()
      .map(textOf)
      .filter((t) => t?.includes('not either company’s revenue'));
    expect(notes).toEqual([SHARE_NOTE]);
    expect(table(buildCompetitorsSheet(), 'Share of enterprise LLM spend')).toEqual([
      ['Share of enterprise LLM spend', '=fact_F15', '=fact_F14'],
    ]);
  });

  it('adds what a facts file brings for either company to its series, the rest in a section of its own', () => {
    const observations = [
      ...BUILTIN_OBSERVATIONS,
      ...parseFactsText(
        [
          'facts:',
          '  - { id: X1, company: Anthropic, metric: valuation, period: 2026, value: 1100, asOf: 2026-07-01, source: { publisher: R } }',
          '  - { id: X2, company: Anthropic, metric: arr, period: 2026, value: 60, asOf: 2026-07-02, source: { publisher: R } }',
          '  - { id: X3, company: Anthropic, metric: cash, period: 2026, value: 40, asOf: 2026-07-02, source: { publisher: R } }',
          '  - { id: F13, value: 32, asOf: 2026-03-03, source: { publisher: R } }',
        ].join('\n'),
        'x.yaml',
      ),
    ];
    const sheet = buildCompetitorsSheet(resolveFactSet(observations));
    expect(table(sheet, VALUATIONS).at(-1)).toEqual(['2026-07-01', null, '=fact_X1']);
    expect(table(sheet, RUN_RATES)).toContainEqual(['2026-12-31', null, '=fact_X2']);
    const f13 = sheet.rows.find((row) => formulaOf(row[2]) === '=fact_F13')?.[2];
    expect(f13).toMatchObject({ value: 32 });
    expect(table(sheet, 'Added by facts files')).toEqual([['Cash and securities', null, '=fact_X3']]);
  });

  it('states F17’s performance ratio beside its price ratio', () => {
    const texts = buildCompetitorsSheet()
      .rows.flat()
      .map(textOf)
      .filter((t) => t?.startsWith('F17:'));
    expect(texts).toEqual([expect.stringContaining('performance relative to the flagship ≈ 0.99')]);
  });
});

describe('the workbook plan', () => {
  it('carries the Competitors chart with the other charts', () => {
    const plan = buildWorkbookPlan({ scenarios: [BUILTIN_SCENARIOS.base], selected: 'base' });
    expect(plan.charts.filter((c) => c.sheet === 'Competitors').map((c) => c.title)).toEqual([
      'Run-rate revenue by date (USD B)',
    ]);
  });
});
