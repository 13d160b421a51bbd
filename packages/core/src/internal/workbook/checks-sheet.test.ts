import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECK_RULES, CHECKS } from '../../model/checks.js';
import { evaluate } from '../../model/evaluate.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { withHorizon } from '../../scenarios/horizon.js';
import type { Cell } from '../../workbook/plan.js';
import { buildChecksSheet, checksStatusRange } from './checks-sheet.js';

const evaluation = evaluate(BUILTIN_SCENARIOS.base);
const sheet = buildChecksSheet(evaluation);
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const rowOf = (id: string) => sheet.rows[5 + CHECK_IDS.indexOf(id as (typeof CHECK_IDS)[number])] ?? [];
const formulaOf = (cell: Cell | null | undefined) => (cell?.kind === 'formula' ? cell.formula : undefined);

describe('buildChecksSheet', () => {
  it('shows the live 2025 loss basis above the table', () => {
    expect(sheet.rows[2]?.[1]).toMatchObject({ formula: '=in_loss2025Basis', value: 'F9' });
    const h1 = buildChecksSheet(
      evaluate({ ...BUILTIN_SCENARIOS.base, inputs: { ...BUILTIN_SCENARIOS.base.inputs, loss2025Basis: 1 } }),
    );
    expect(h1.rows[2]?.[1]).toMatchObject({ value: '2xF8' });
  });

  it('heads the table on row 5, then one row per check with its measure, bound and rule', () => {
    expect(sheet.rows[4]?.map(textOf)).toEqual([
      'Check',
      'Status',
      'Measured',
      'Passes when',
      'Bound',
      'Unit',
      'What it checks',
    ]);
    expect(sheet.rows.slice(5).map((row) => [textOf(row[0]), textOf(row[6])])).toEqual(
      CHECK_IDS.map((id) => [id, CHECK_RULES[id]]),
    );
    expect(sheet.freeze).toEqual({ rows: 5, columns: 0 });
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(sheet.width);
  });

  it('writes each status as a live comparison of the measure and bound cells, caching runChecks', () => {
    CHECKS.forEach((def, i) => {
      const check = evaluation.checks[i];
      const r = 6 + i;
      expect(rowOf(def.id)[1], def.id).toMatchObject({
        kind: 'formula',
        formula: `=IF(C${r}${def.passes}E${r},"ok","flag")`,
        value: check?.status,
        style: 'status',
      });
      expect(rowOf(def.id)[2]).toMatchObject({ kind: 'formula', value: check?.measured });
      expect(rowOf(def.id)[4]).toMatchObject({ kind: 'formula', value: check?.bound });
    });
  });

  it('measures the implied H2 loss from the fact cells against a named share of H1', () => {
    expect(formulaOf(rowOf('loss.h1-vs-fy')[2])).toBe('=fact_F9-fact_F8');
    expect(formulaOf(rowOf('loss.h1-vs-fy')[4])).toBe('=fact_F8*const_h2LossFloor');
    expect(rowOf('loss.h1-vs-fy')[2]).toMatchObject({ value: expect.closeTo(1.2, 12) });
    expect(formulaOf(rowOf('mix.facts-sum')[2])).toBe('=ABS(fact_F10+fact_F11+fact_F12-1)');
    expect(formulaOf(rowOf('mix.facts-sum')[4])).toBe('=const_checkTolerance');
  });

  it('reads 2025 total costs by the last ARR fact’s year, whatever the horizon, against the audited total', () => {
    for (const horizon of [1, 15]) {
      const cell = buildChecksSheet(evaluate(withHorizon(BUILTIN_SCENARIOS.bull, horizon))).rows[
        5 + CHECK_IDS.indexOf('calibration.2025')
      ]?.[2];
      expect(formulaOf(cell)).toBe('=ABS(INDEX(costs_total,1,MATCH(fact_F7_year,years,0))-fact_PB13)');
    }
  });

  it('uses no number in any formula but 0 and 1', () => {
    for (const row of sheet.rows)
      for (const cell of row) {
        const formula = formulaOf(cell);
        if (formula)
          expect(
            formula.replace(/"[^"]*"/g, '').replace(/[A-Za-z_]+\d*[A-Za-z_\d]*|\$?[A-Z]+\$?\d+/g, ''),
          ).not.toMatch(/[2-9]|\d\d|\.\d/);
      }
  });

  it('gives the range of the status cells to count flags in', () => {
    expect(checksStatusRange()).toBe(`$B$6:$B$${5 + CHECK_IDS.length}`);
  });
});
