import { describe, expect, it } from 'vitest';
import { INPUT_IDS } from '../model/inputs.js';
import { LINE_IDS } from '../model/line-ids.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import { factName, inputName, lineName, SELECTED_SCENARIO_NAME, YEARS_NAME } from './names.js';

/** Why Excel would refuse `name` as a defined name, or null when it is fine. */
const excelNameProblem = (name: string): string | null => {
  if (!/^[A-Za-z_]/.test(name)) return 'must start with a letter or underscore';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'letters, digits and underscores only';
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return 'looks like an A1 cell reference';
  if (/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name)) return 'looks like an R1C1 reference';
  if (name.length > 255) return 'too long';
  return null;
};

describe('defined names', () => {
  it('turns line ids into names by replacing dots', () => {
    expect(lineName('cash.end')).toBe('cash_end');
    expect(lineName('flag.fundingGap')).toBe('flag_fundingGap');
    expect(lineName('operatingIncome')).toBe('operatingIncome');
  });

  it('prefixes inputs and facts, and marks a fact’s year cell', () => {
    expect(inputName('growthFade')).toBe('in_growthFade');
    expect(factName('F7', 'value')).toBe('fact_F7');
    expect(factName('F4', 'year')).toBe('fact_F4_year');
  });

  it('the checker refuses what Excel refuses', () => {
    for (const bad of ['F7', 'ab12', 'XFD1', 'R1C1', 'r', 'C', '1x', 'a.b', 'a-b'])
      expect(excelNameProblem(bad), bad).not.toBeNull();
    expect(excelNameProblem('fact_F7')).toBeNull();
  });

  it('gives every line, input and fixed cell a valid, distinct name', () => {
    const names = [
      ...LINE_IDS.map(lineName),
      ...INPUT_IDS.map(inputName),
      YEARS_NAME,
      SELECTED_SCENARIO_NAME,
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(excelNameProblem(name), name).toBeNull();
  });

  it('every name a plan defines is a valid Excel name', () => {
    const scenarios = Object.values(BUILTIN_SCENARIOS);
    for (const plan of [
      buildWorkbookPlan({ scenarios, selected: 'base' }),
      buildWorkbookPlan({ scenarios: [withHorizon(BUILTIN_SCENARIOS.bull, 15)], selected: 'bull' }),
    ]) {
      expect(plan.names.length).toBeGreaterThan(LINE_IDS.length + INPUT_IDS.length);
      for (const { name } of plan.names) expect(excelNameProblem(name), name).toBeNull();
    }
  });
});
