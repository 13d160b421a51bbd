import { describe, expect, it } from 'vitest';
import { CONSTANT_IDS, CONSTANTS } from '../../model/constants.js';
import { INPUT_IDS, INPUTS } from '../../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import type { Cell } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { assumptionsNames, buildAssumptionsSheet } from './assumptions-sheet.js';

const { bear, bull } = BUILTIN_SCENARIOS;
// Two scenarios, so the ranges differ from the three-built-in plan.
const sheet = buildAssumptionsSheet([bear, bull], bull);
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);

describe('buildAssumptionsSheet', () => {
  it('heads row 6 with a value and a reason column per scenario, and freezes it', () => {
    expect(sheet.rows[5]?.map(textOf)).toEqual([
      'Input',
      'Key (for scenario files)',
      'Unit',
      'Source',
      'Live',
      'bear',
      'bull',
      'Why (live)',
      'Why: bear',
      'Why: bull',
    ]);
    expect(sheet.freeze).toEqual({ rows: 6, columns: 1 });
    expect(sheet.columnWidths).toHaveLength(sheet.width);
  });

  it('offers the scenario names in the selector cell C4, set to the selected one', () => {
    expect(sheet.rows[3]?.[2]).toEqual({ kind: 'text', text: 'bull', style: 'selector' });
    expect(sheet.validations[0]).toEqual({ ref: 'C4', source: '=$F$6:$G$6' });
  });

  it('offers a choice input’s options as a list in each scenario cell, and writes its option names', () => {
    const r = 7 + INPUT_IDS.indexOf('loss2025Basis');
    expect(sheet.validations).toContainEqual({ ref: `F${r}`, values: ['F9', '2xF8'] });
    expect(sheet.validations).toContainEqual({ ref: `G${r}`, values: ['F9', '2xF8'] });
    const row = sheet.rows[r - 1] ?? [];
    expect(row.slice(4, 7)).toMatchObject([
      { kind: 'formula', value: 'F9' },
      { kind: 'text', text: '2xF8' },
      { kind: 'text', text: 'F9' },
    ]);
  });

  it('writes each input once: blue values per scenario, a live value and a live reason that follow the selector', () => {
    INPUT_IDS.filter((id) => !INPUTS[id].choices).forEach((id) => {
      const i = INPUT_IDS.indexOf(id);
      const r = 7 + i;
      const row = sheet.rows[r - 1] ?? [];
      const format = UNIT_FORMATS[INPUTS[id].unit];
      expect(textOf(row[1])).toBe(id);
      expect(row[4], id).toEqual({
        kind: 'formula',
        formula: `=INDEX($F${r}:$G${r},1,MATCH(scenario_selected,$F$6:$G$6,0))`,
        value: bull.inputs[id],
        format,
        style: 'formula',
      });
      expect(row[5]).toEqual({ kind: 'number', value: bear.inputs[id], format, style: 'input' });
      expect(row[6]).toEqual({ kind: 'number', value: bull.inputs[id], format, style: 'input' });
      expect(row[7]).toMatchObject({
        formula: `=INDEX($I${r}:$J${r},1,MATCH(scenario_selected,$F$6:$G$6,0))`,
        value: bull.rationale[id],
      });
      expect(row.slice(8).map(textOf)).toEqual([bear.rationale[id], bull.rationale[id]]);
    });
  });

  it('describes each scenario at the end', () => {
    expect(sheet.rows.slice(-2).map((row) => row.map(textOf))).toEqual([
      ['bear', bear.description],
      ['bull', bull.description],
    ]);
  });
});

describe('assumptionsNames', () => {
  it('names the selector, each input’s live cell and each model constant', () => {
    const names = assumptionsNames();
    expect(names[0]).toEqual({ name: 'scenario_selected', sheet: 'Assumptions', ref: '$C$4' });
    expect(names.slice(1, 1 + INPUT_IDS.length)).toEqual(
      INPUT_IDS.map((id, i) => ({ name: `in_${id}`, sheet: 'Assumptions', ref: `$E$${7 + i}` })),
    );
    const firstConstantRow = 7 + INPUT_IDS.length + 2;
    expect(names.slice(1 + INPUT_IDS.length)).toEqual(
      CONSTANT_IDS.map((id, i) => ({
        name: `const_${id}`,
        sheet: 'Assumptions',
        ref: `$E$${firstConstantRow + i}`,
      })),
    );
  });

  it('writes each model constant’s value in the live column, where its name points', () => {
    const firstConstantRow = 7 + INPUT_IDS.length + 2;
    CONSTANT_IDS.forEach((id, i) => {
      const row = sheet.rows[firstConstantRow + i - 1] ?? [];
      expect(textOf(row[1])).toBe(id);
      expect(row[4]).toMatchObject({ kind: 'number', value: CONSTANTS[id].value });
    });
  });
});
