import { describe, expect, it } from 'vitest';
import { resolveFactSet } from '../facts/fact-set.js';
import { parseFactsText } from '../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { buildCompetitorsSheet, SHARE_NOTE } from './competitors-sheet.js';
import type { Cell, SheetPlan } from './plan.js';

const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
/** Each row as [metric, OpenAI formula, Anthropic formula], for rows with a figure. */
const figureRows = (sheet: SheetPlan) =>
  sheet.rows
    .filter((row) => row[1]?.kind === 'formula' || row[3]?.kind === 'formula')
    .map((row) => [
      textOf(row[0]),
      row[1]?.kind === 'formula' ? row[1].formula : textOf(row[1]),
      row[3]?.kind === 'formula' ? row[3].formula : textOf(row[3]),
    ]);

describe('buildCompetitorsSheet', () => {
  it('sets OpenAI and Anthropic side by side, every figure a link to its named fact', () => {
    const sheet = buildCompetitorsSheet();
    expect(sheet.name).toBe('Competitors');
    expect(figureRows(sheet)).toEqual([
      ['Funding round', '=fact_F1', '=fact_F13'],
      ['Valuation', '=fact_F2', '=fact_PH20'],
      ['Valuation', '=fact_PG9_VALUATION', '—'],
      ['Share of enterprise LLM spend', '=fact_F15', '=fact_F14'],
      ['Benchmark score', '—', '=fact_F16'],
      ['Price / performance', '—', '=fact_F17'],
    ]);
  });

  it('says in one plain note that the shares are a share of spend, not of revenue', () => {
    const notes = buildCompetitorsSheet()
      .rows.flat()
      .map(textOf)
      .filter((t) => t?.includes('not either company’s revenue'));
    expect(notes).toEqual([SHARE_NOTE]);
  });

  it('adds what a facts file brings for either company, and the values in use', () => {
    const observations = [
      ...BUILTIN_OBSERVATIONS,
      ...parseFactsText(
        [
          'facts:',
          '  - { id: X1, company: Anthropic, metric: valuation, period: 2026, value: 380, asOf: 2026-03-01, source: { publisher: R } }',
          '  - { id: X2, company: Anthropic, metric: arr, period: 2026, value: 14, asOf: 2026-03-02, source: { publisher: R } }',
          '  - { id: F13, value: 32, asOf: 2026-03-03, source: { publisher: R } }',
          '  - { id: F7, value: 21, asOf: 2026-03-03, source: { publisher: R } }',
        ].join('\n'),
        'x.yaml',
      ),
    ];
    const sheet = buildCompetitorsSheet(resolveFactSet(observations));
    expect(figureRows(sheet)).toEqual([
      ['Funding round', '=fact_F1', '=fact_F13'],
      ['Valuation', '=fact_F2', '=fact_PH20'],
      ['Valuation', '=fact_PG9_VALUATION', '=fact_X1'],
      ['Share of enterprise LLM spend', '=fact_F15', '=fact_F14'],
      ['Benchmark score', '—', '=fact_F16'],
      ['Price / performance', '—', '=fact_F17'],
      ['Annualized revenue (ARR)', '—', '=fact_X2'],
    ]);
    const f13 = sheet.rows.find((row) => row[3]?.kind === 'formula' && row[3].formula === '=fact_F13')?.[3];
    expect(f13).toMatchObject({ value: 32 });
    expect(sheet.rows.flat().map(textOf)).toContain('Added by facts files');
  });

  it('states F17’s performance ratio beside its price ratio', () => {
    const texts = buildCompetitorsSheet()
      .rows.flat()
      .map(textOf)
      .filter((t) => t?.startsWith('F17:'));
    expect(texts).toEqual([expect.stringContaining('performance relative to the flagship ≈ 0.99')]);
  });
});
