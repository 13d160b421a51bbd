import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../model/checks.js';
import { evaluate } from '../../model/evaluate.js';
import { SUMMARY_FIGURES, type Summary } from '../../model/summary.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { UNIT_LABELS } from '../../units.js';
import type { Cell, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { buildCoverSheet, coverNames } from './cover-sheet.js';

const evaluation = evaluate(BUILTIN_SCENARIOS.base);
const sheet = buildCoverSheet(evaluation, true);
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const rowOf = (s: SheetPlan, ref: string) => {
  const [, row = ''] = /^\$B\$(\d+)$/.exec(ref) ?? [];
  return s.rows[Number(row) - 1] ?? [];
};
const figure = (key: keyof Summary) => {
  const name = coverNames().find((n) => n.name === key);
  if (!name) throw new Error(`no key figure ${key}`);
  return rowOf(sheet, name.ref);
};

describe('buildCoverSheet', () => {
  it('shows the live scenario and heads the key figures', () => {
    expect(sheet.rows[2]?.[1]).toMatchObject({
      kind: 'formula',
      formula: '=scenario_selected',
      value: 'base',
    });
    expect(sheet.rows[4]?.map(textOf)).toEqual(['Key figure', 'Value', 'Unit', 'From']);
    expect(textOf(sheet.rows[1]?.[0])).toContain('2023–2030');
  });

  it('names each key figure’s value cell after its Summary field, and caches the summary value', () => {
    const names = coverNames();
    expect(names.length).toBe(SUMMARY_FIGURES.length - 1);
    const keys = Object.keys(evaluation.summary).filter((k) => k !== 'horizonEndYear');
    expect(names.map((n) => n.name).sort()).toEqual(keys.sort());
    for (const { name, sheet: where, ref } of names) {
      expect(where).toBe('Cover');
      expect(ref).toMatch(/^\$B\$\d+$/);
      const value = evaluation.summary[name as keyof Summary];
      expect(rowOf(sheet, ref)[1], name).toMatchObject({ kind: 'formula', value: value ?? 'not reached' });
    }
  });

  it('writes the key figures as formulas over named ranges, with their units', () => {
    expect(figure('arrAtHorizonEnd')[1]).toMatchObject({
      formula: '=INDEX(arr_total,1,COLUMNS(arr_total))',
      format: UNIT_FORMATS.usdB,
    });
    expect(textOf(figure('arrAtHorizonEnd')[0])).toBe('Total ARR at end of 2030');
    expect(textOf(figure('arrAtHorizonEnd')[2])).toBe(UNIT_LABELS.usdB);
    expect(figure('breakevenYear')[1]).toMatchObject({
      formula:
        '=IF(ISNA(MATCH(1,flag_profitable,0)),"not reached",INDEX(years,1,MATCH(1,flag_profitable,0)))',
      format: UNIT_FORMATS.year,
    });
    expect(figure('valuationToArr')[1]).toMatchObject({
      formula: '=fact_F2/fact_F7',
      format: UNIT_FORMATS.multiple,
    });
    expect(textOf(figure('valuationToArr')[2])).toBe(UNIT_LABELS.multiple);
    expect(figure('impliedPreMoney')[1]).toMatchObject({ formula: '=fact_F2-fact_F1' });
  });

  it('counts flagged checks only when the Checks sheet is built', () => {
    const countRow = sheet.rows.find((row) => textOf(row[0]) === 'Checks flagged');
    expect(countRow?.[1]).toMatchObject({
      formula: `=COUNTIF('Checks'!$B$6:$B$${5 + CHECK_IDS.length},"flag")`,
      value: evaluation.checks.filter((c) => c.status === 'flag').length,
    });
    const without = buildCoverSheet(evaluation, false);
    expect(without.rows.some((row) => textOf(row[0]) === 'Checks flagged')).toBe(false);
    expect(without.rows.flat().some((c) => c?.kind === 'formula' && c.formula.includes('Checks'))).toBe(
      false,
    );
  });

  it('gives every column of the grid a width', () => {
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(sheet.width);
    expect(sheet.width).toBe(4);
  });
});
