import { describe, expect, it } from 'vitest';
import { INPUT_IDS, INPUTS } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { assumptionsNames, buildAssumptionsSheet } from './assumptions-sheet.js';
import type { Cell } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

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
    expect(sheet.validations).toEqual([{ ref: 'C4', source: '=$F$6:$G$6' }]);
  });

  it('writes each input once: blue values per scenario, a live value and a live reason that follow the selector', () => {
    INPUT_IDS.forEach((id, i) => {
      const r = 7 + i;
      const row = sheet.rows[r - 1] ?? [];
      const format = UNIT_FORMATS[INPUTS[id].unit];
      expect(textOf(row[1])).toBe(id);
      expect(row[4], id).toEqual({
        kind: 'formula',
        formula: `=INDEX($F${r}:$G${r},MATCH(scenario_selected,$F$6:$G$6,0))`,
        value: bull.inputs[id],
        format,
        style: 'formula',
      });
      expect(row[5]).toEqual({ kind: 'number', value: bear.inputs[id], format, style: 'input' });
      expect(row[6]).toEqual({ kind: 'number', value: bull.inputs[id], format, style: 'input' });
      expect(row[7]).toMatchObject({
        formula: `=INDEX($I${r}:$J${r},MATCH(scenario_selected,$F$6:$G$6,0))`,
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
  it('names the selector and each input’s live cell', () => {
    const names = assumptionsNames();
    expect(names[0]).toEqual({ name: 'scenario_selected', sheet: 'Assumptions', ref: '$C$4' });
    expect(names.slice(1)).toEqual(
      INPUT_IDS.map((id, i) => ({ name: `in_${id}`, sheet: 'Assumptions', ref: `$E$${7 + i}` })),
    );
  });
});
