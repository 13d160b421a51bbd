import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECK_RULES } from '../model/checks.js';
import { evaluate } from '../model/evaluate.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { buildChecksSheet, checksStatusRange } from './checks-sheet.js';
import { FIRST_YEAR_COLUMN, lineRow } from './model-layout.js';
import type { Cell } from './plan.js';

const evaluation = evaluate(BUILTIN_SCENARIOS.base);
const sheet = buildChecksSheet(evaluation);
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const statusCell = (id: string) => sheet.rows[4 + CHECK_IDS.indexOf(id as (typeof CHECK_IDS)[number])]?.[1];

describe('buildChecksSheet', () => {
  it('heads the table on row 4, then one row per check with its rule', () => {
    expect(sheet.rows[3]?.map(textOf)).toEqual(['Check', 'Status', 'What it checks']);
    expect(sheet.rows.slice(4).map((row) => [textOf(row[0]), textOf(row[2])])).toEqual(
      CHECK_IDS.map((id) => [id, CHECK_RULES[id]]),
    );
    expect(sheet.freeze).toEqual({ rows: 4, columns: 0 });
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(sheet.width);
  });

  it('writes each status as a live IF formula, caching the status runChecks gives', () => {
    for (const check of evaluation.checks)
      expect(statusCell(check.id), check.id).toMatchObject({
        kind: 'formula',
        formula: expect.stringMatching(/^=IF\(.+,"ok","flag"\)$/),
        value: check.status,
        style: 'status',
      });
  });

  it('flags the H1 vs full-year loss from the fact cells, with the same threshold as runChecks', () => {
    expect(statusCell('loss.h1-vs-fy')).toMatchObject({
      formula: '=IF(fact_F9-fact_F8>=fact_F8*0.5,"ok","flag")',
      value: 'flag',
    });
    expect(statusCell('mix.facts-sum')).toMatchObject({
      formula: '=IF(ABS(fact_F10+fact_F11+fact_F12-1)<=1E-9,"ok","flag")',
    });
  });

  it('reads the 2025 operating income cell, wherever the horizon puts the last year', () => {
    const { row } = lineRow('operatingIncome');
    const column = String.fromCharCode(64 + FIRST_YEAR_COLUMN + 2);
    for (const horizon of [1, 15]) {
      const cell = buildChecksSheet(evaluate(withHorizon(BUILTIN_SCENARIOS.bull, horizon))).rows[
        4 + CHECK_IDS.indexOf('calibration.loss-2025')
      ]?.[1];
      expect(cell).toMatchObject({
        formula: `=IF(ABS('Loss Model'!${column}${row}+fact_F9)<=1E-9*fact_F9,"ok","flag")`,
      });
    }
  });

  it('gives the range of the status cells to count flags in', () => {
    expect(checksStatusRange()).toBe(`$B$5:$B$${4 + CHECK_IDS.length}`);
  });
});
