import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../../scenarios/builtin-scenario.js';
import { BUILTIN_SCENARIO_NAMES } from '../../scenarios/scenario.js';
import { buildWorkbookPlan } from '../../workbook/build-workbook-plan.js';
import { SHEET_NAMES } from '../../workbook/plan.js';
import {
  nonPortableForms,
  nonPortableFormulas,
  PORTABILITY_RULES,
  type PortabilityRuleId,
} from './portable-formulas.js';

const ROWS = new Set(['arr_total', 'years', 'flag_fundingGap']);

/** The rules a formula breaks, in the order found. */
function rulesOf(formula: string): readonly PortabilityRuleId[] {
  return nonPortableForms(formula, ROWS).map((f) => f.rule);
}

describe('nonPortableForms', () => {
  it('passes the portable forms the plan writes', () => {
    for (const formula of [
      '=INDEX(arr_total,1,COLUMNS(arr_total))',
      '=IF(ISNA(MATCH(1,flag_fundingGap,0)),"not reached",INDEX(years,1,MATCH(1,flag_fundingGap,0)))',
      "=ABS('Revenue Mix'!$D$7+'Revenue Mix'!$D$8-'Revenue Mix'!$D$6)+ABS('Revenue Mix'!$E$7-1)",
      '=IF((E22-D6)*(E22-E6)>const_checkTolerance,1,0)+IF((F22-E6)*(F22-F6)>const_checkTolerance,1,0)',
      '=SUMIFS(arr_total,years,">"&(E5-in_usefulLife),years,"<="&E5)',
      '=COUNTIF(\'Checks\'!$B$6:$B$12,"flag")',
      '=SUM(arr_total)',
      '=SUMPRODUCT($D$5:$K$5,$D$6:$K$6)',
      '=IF(ABS(G6/F6-1)<const_flatArrBand,AVERAGE(GEOMEAN(F6,G6),GEOMEAN(F6,G6),AVERAGE(F6,G6)),(G6-F6)/LN(G6/F6))',
      '=-(1.5E-9)*2^-D4%',
    ])
      expect(nonPortableForms(formula, ROWS), formula).toEqual([]);
  });

  it('refuses INDEX without both its row and its column', () => {
    expect(rulesOf('=INDEX(arr_total,COLUMNS(arr_total))')).toEqual(['index-arguments']);
    expect(rulesOf('=INDEX($F7:$H7,MATCH(scenario_selected,$F$6:$H$6,0))')).toEqual(['index-arguments']);
  });

  it('refuses array arithmetic inside SUMPRODUCT and ranges where one value is expected', () => {
    expect(rulesOf("=SUMPRODUCT(ABS('Revenue Mix'!$D$7:$K$7+'Revenue Mix'!$D$8:$K$8-1))")).toEqual([
      'sumproduct-expression',
      'array-arithmetic',
      'array-arithmetic',
    ]);
    expect(rulesOf('=SUMPRODUCT(--(arr_total>const_checkTolerance))')).toEqual([
      'sumproduct-expression',
      'array-arithmetic',
    ]);
    expect(rulesOf('=SUM(arr_total*2)')).toEqual(['array-arithmetic']);
    expect(rulesOf('=ABS(arr_total)')).toEqual(['array-arithmetic']);
    expect(rulesOf('=$D$5:$K$5')).toEqual(['array-arithmetic']);
  });

  it('names where the range sits', () => {
    const [found] = nonPortableForms('=ABS(arr_total)', ROWS);
    expect(found?.detail).toBe('the range arr_total as argument 1 of ABS, which takes one value there');
  });

  it('refuses IFERROR, which hides an engine’s error behind a value', () => {
    expect(rulesOf('=IFERROR(INDEX(years,1,MATCH(1,flag_fundingGap,0)),"not reached")')).toEqual([
      'error-hiding',
    ]);
    expect(rulesOf('=IF(ISERROR(A1),0,A1)')).toEqual(['error-hiding']);
  });

  it('refuses whole columns and rows, volatile functions, array constants and ";" separators', () => {
    expect(rulesOf('=SUM(A:A)')).toEqual(['whole-column']);
    expect(rulesOf("=SUM('Loss Model'!3:3)")).toEqual(['whole-column']);
    expect(rulesOf('=INDIRECT("A1")')).toEqual(['volatile']);
    expect(rulesOf('=SUM(OFFSET(A1,0,1,1,3))')).toEqual(['volatile']);
    expect(rulesOf('=TODAY()')).toEqual(['volatile']);
    expect(rulesOf('=SUM({1,2,3})')).toEqual(['array-constant']);
    expect(rulesOf('=IF(A1>0;1;0)')).toEqual(['local-separator', 'local-separator']);
  });

  it('refuses functions outside the portable allow-list', () => {
    expect(rulesOf('=XLOOKUP(1,A1:A3,B1:B3)')).toEqual(['function-not-allowed']);
    expect(rulesOf('=LET(x,1,x+1)')).toEqual(['function-not-allowed']);
  });

  it('refuses a formula longer than Excel reads', () => {
    const long = `=${Array.from({ length: 1000 }, (_, i) => `ABS(D${i + 1})`).join('+')}`;
    expect(long.length).toBeGreaterThan(8192);
    expect(rulesOf(long)).toEqual(['formula-length']);
  });

  it('refuses what it cannot read rather than passing it', () => {
    expect(rulesOf('=SUM(A1')).toEqual(['unparsed']);
    expect(rulesOf('=A1 B1 ~')).toEqual(['unparsed']);
  });

  it('gives each rule its reason', () => {
    const [found] = nonPortableForms('=INDEX(arr_total,2)', ROWS);
    expect(found?.reason).toBe(PORTABILITY_RULES['index-arguments']);
    for (const reason of Object.values(PORTABILITY_RULES)) expect(reason.length).toBeGreaterThan(40);
  });
});

describe('nonPortableFormulas over the plan', () => {
  it.each([1, 5, 15])('finds no non-portable form in any sheet of any built-in at %i years', (horizon) => {
    let formulas = 0;
    for (const name of BUILTIN_SCENARIO_NAMES) {
      const scenarios = BUILTIN_SCENARIO_NAMES.map((n) => builtinScenario(n, horizon));
      // Every sheet the plan can lay out from a scenario alone (the Risk sheet needs a simulation and holds values).
      const plan = buildWorkbookPlan({ scenarios, selected: name, include: SHEET_NAMES });
      expect(nonPortableFormulas(plan)).toEqual([]);
      formulas += plan.sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.kind === 'formula').length;
    }
    expect(formulas).toBeGreaterThan(100 * BUILTIN_SCENARIO_NAMES.length);
  });

  it('names the sheet, cell and formula of a finding', () => {
    const plan = buildWorkbookPlan({ scenarios: [builtinScenario('base')], selected: 'base' });
    const broken = {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s.name === 'Checks'
          ? {
              ...s,
              rows: [
                ...s.rows,
                [null, { kind: 'formula' as const, formula: '=SUMPRODUCT(ABS(years))', value: 0 }],
              ],
            }
          : s,
      ),
    };
    const checks = plan.sheets.find((s) => s.name === 'Checks');
    expect(nonPortableFormulas(broken)).toEqual([
      expect.objectContaining({
        sheet: 'Checks',
        cell: `B${(checks?.rows.length ?? 0) + 1}`,
        formula: '=SUMPRODUCT(ABS(years))',
        rule: 'sumproduct-expression',
      }),
      expect.objectContaining({
        rule: 'array-arithmetic',
        detail: 'the range years as argument 1 of ABS, which takes one value there',
      }),
    ]);
  });
});
