import { describe, expect, it } from 'vitest';
import { evaluate } from '../model/evaluate.js';
import { builtinScenario } from '../scenarios/builtin-scenario.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import type { Cell } from './plan.js';
import { SCENARIOS_CHECK_CELL } from './scenarios-sheet.js';

const scenarios = [builtinScenario('bear'), builtinScenario('base'), withHorizon(BUILTIN_SCENARIOS.bull, 9)];

const sheetOf = (include: readonly ('Cover' | 'Checks' | 'Scenarios')[]) =>
  buildWorkbookPlan({ scenarios, selected: 'base', include }).sheets.find((s) => s.name === 'Scenarios');

const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);

describe('the Scenarios sheet', () => {
  it('is built only when asked for', () => {
    expect(sheetOf(['Cover', 'Checks'])).toBeUndefined();
    expect(buildWorkbookPlan({ scenarios, selected: 'base' }).sheets.map((s) => s.name)).not.toContain(
      'Scenarios',
    );
  });

  it('puts every scenario side by side as computed values at the live horizon, beside live formulas', () => {
    const sheet = sheetOf(['Cover', 'Checks', 'Scenarios']);
    if (!sheet) throw new Error('no Scenarios sheet');
    const header = sheet.rows[4] ?? [];
    expect(header.map(textOf)).toEqual([
      'Line',
      'Unit',
      'Year',
      'bear',
      'base',
      'bull',
      'Live (formula)',
      'Built, selected scenario',
      'Relative difference',
    ]);
    const row = sheet.rows.find(
      (r) => textOf(r[0]) === 'Total ARR (year end)' && r[2]?.kind === 'number' && r[2].value === 2030,
    );
    if (!row) throw new Error('no ARR row for 2030');
    // bull is evaluated at the live (base) horizon, so its 2030 column matches evaluate() at horizon 5.
    const bull2030 = evaluate(withHorizon(BUILTIN_SCENARIOS.bull, 5)).lines['arr.total'][7];
    expect(row[5]).toMatchObject({ kind: 'number', value: bull2030, style: 'computed' });
    expect(row[4]).toMatchObject({
      kind: 'number',
      value: evaluate(BUILTIN_SCENARIOS.base).lines['arr.total'][7],
    });
    expect(row[6]).toMatchObject({ kind: 'formula', formula: '=INDEX(arr_total,1,8)' });
    expect(row[7]).toMatchObject({
      kind: 'formula',
      formula: expect.stringContaining('MATCH(scenario_selected,$D$5:$F$5,0)'),
    });
    const check = sheet.rows[SCENARIOS_CHECK_CELL.row - 1]?.[SCENARIOS_CHECK_CELL.column - 1];
    expect(check).toMatchObject({
      kind: 'formula',
      value: 'ok',
      formula: expect.stringMatching(/^=IF\(MAX\(I6:I\d+\)<=const_checkTolerance,"ok","flag"\)$/),
    });
  });
});
