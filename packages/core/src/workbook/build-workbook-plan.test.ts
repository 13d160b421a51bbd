import { describe, expect, it } from 'vitest';
import { sensitivityStudy } from '../analysis/sensitivity-study.js';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { FIRST_YEAR_COLUMN, lineRow } from '../internal/workbook/model-layout.js';
import { evaluate } from '../model/evaluate.js';
import { INPUT_IDS, INPUTS } from '../model/inputs.js';
import { LINE_IDS } from '../model/line-ids.js';
import { LINES } from '../model/lines.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import { parseScenarioText } from '../scenarios/parse-scenario-text.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import { inputName, lineName } from './names.js';
import type { Cell, FormulaCell, SheetName, WorkbookPlan } from './plan.js';

const builtins = Object.values(BUILTIN_SCENARIOS);
const plan = buildWorkbookPlan({ scenarios: builtins, selected: 'base' });

const sheet = (p: WorkbookPlan, name: SheetName) => {
  const found = p.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const cellAt = (p: WorkbookPlan, name: SheetName, row: number, column: number): Cell | null =>
  sheet(p, name).rows[row - 1]?.[column - 1] ?? null;
const formulas = (p: WorkbookPlan): FormulaCell[] =>
  p.sheets.flatMap((s) => s.rows.flat().filter((c): c is FormulaCell => c?.kind === 'formula'));

/** Names a formula uses: lower-case identifiers, once strings and sheet-qualified references are removed. */
const namesUsedIn = (formula: string): string[] =>
  formula
    .replace(/"[^"]*"/g, '')
    .replace(/'[^']*'!/g, '')
    .match(/(?<![A-Za-z0-9_$])[a-z][A-Za-z0-9_]*(?![A-Za-z0-9_(])/g) ?? [];

describe('buildWorkbookPlan', () => {
  it('lays out the ten sheets in order, and leaves out the optional ones on request', () => {
    const model = ['Revenue Mix', 'Income Statement', 'Cash Flow', 'Valuation', 'Plan'];
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Cover',
      'Assumptions',
      ...model,
      'Checks',
      'Competitors',
      'Sources',
    ]);
    const lean = buildWorkbookPlan({ scenarios: builtins, selected: 'base', include: [] });
    expect(lean.sheets.map((s) => s.name)).toEqual(['Assumptions', ...model, 'Sources']);
    const noChecks = buildWorkbookPlan({ scenarios: builtins, selected: 'base', include: ['Cover'] });
    expect(formulas(noChecks).some((c) => c.formula.includes('Checks'))).toBe(false);
  });

  it('names every line row after its id, over exactly the model years, and the year row `years`', () => {
    const names = new Map(plan.names.map((n) => [n.name, n]));
    for (const id of LINE_IDS) {
      const name = names.get(lineName(id));
      const { sheet: expectedSheet, row } = lineRow(id);
      expect(name, id).toEqual({ name: lineName(id), sheet: expectedSheet, ref: `$D$${row}:$K$${row}` });
    }
    expect(names.get('arr_total')).toBeDefined();
    expect(names.get('operatingIncome')).toBeDefined();
    expect(names.get('cash_end')).toBeDefined();
    expect(names.get('years')).toEqual({ name: 'years', sheet: 'Revenue Mix', ref: '$D$4:$K$4' });
    expect(plan.years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('defines no name Excel would read as a cell or a column (tax, A1, XFD9, R1C1)', () => {
    const column = (letters: string) =>
      [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    for (const { name } of plan.names) {
      const cellLike = /^([A-Za-z]{1,3})(\d*)$/.exec(name);
      expect(cellLike !== null && column(cellLike[1] ?? '') <= 16384, name).toBe(false);
      expect(/^[rc]$|^r\d*c\d*$/i.test(name), name).toBe(false);
    }
  });

  it('defines every name a formula uses, and no name twice', () => {
    const defined = new Set(plan.names.map((n) => n.name));
    expect(defined.size).toBe(plan.names.length);
    expect(namesUsedIn("=IF('Cash Flow'!F9>=0,in_growthFade*fact_F7,SUM(arr_total))")).toEqual([
      'in_growthFade',
      'fact_F7',
      'arr_total',
    ]);
    for (const cell of formulas(plan)) {
      for (const name of namesUsedIn(cell.formula))
        expect(defined.has(name), `${name} in ${cell.formula}`).toBe(true);
    }
  });

  it('caches evaluate()’s value in every line cell, with a formula in every modelled year', () => {
    const evaluation = evaluate(BUILTIN_SCENARIOS.base);
    for (const id of LINE_IDS) {
      const { sheet: sheetName, row } = lineRow(id);
      evaluation.years.forEach((_, i) => {
        const cell = cellAt(plan, sheetName, row, FIRST_YEAR_COLUMN + i);
        const expected = evaluation.lines[id][i];
        if (expected === null) expect(cell, `${id} ${i}`).toBeNull();
        else {
          expect(cell, `${id} ${i}`).toMatchObject({ kind: 'formula', value: expected });
          // Black when it reads its own sheet only, green (a link) when it reads another.
          expect(['formula', 'link'], `${id} ${i}`).toContain(cell?.style);
        }
      });
    }
  });

  it('says the unit and the source of every model row', () => {
    for (const def of LINES) {
      const { sheet: sheetName, row } = lineRow(def.id);
      expect(cellAt(plan, sheetName, row, 1)).toMatchObject({ kind: 'text', text: def.label });
      expect(cellAt(plan, sheetName, row, 2)?.kind).toBe('text');
      expect(cellAt(plan, sheetName, row, 3)).toMatchObject({ kind: 'text', text: def.source });
    }
  });

  it('puts each input once on Assumptions: a column per scenario in blue, and a live column that follows the selector', () => {
    const assumptions = sheet(plan, 'Assumptions');
    expect(assumptions.rows[5]?.slice(5, 9).map((c) => (c?.kind === 'text' ? c.text : null))).toEqual([
      'bear',
      'base',
      'bull',
      'plan',
    ]);
    INPUT_IDS.forEach((id, i) => {
      const row = assumptions.rows[6 + i] ?? [];
      expect(row[1]).toMatchObject({ kind: 'text', text: id });
      expect(row[4]).toMatchObject({
        kind: 'formula',
        formula: `=INDEX($F${7 + i}:$I${7 + i},1,MATCH(scenario_selected,$F$6:$I$6,0))`,
        value: INPUTS[id].choices?.[BUILTIN_SCENARIOS.base.inputs[id]] ?? BUILTIN_SCENARIOS.base.inputs[id],
      });
      for (const [j, s] of builtins.entries()) {
        const choice = INPUTS[id].choices?.[s.inputs[id]];
        expect(row[5 + j]).toMatchObject(
          choice === undefined
            ? { kind: 'number', value: s.inputs[id], style: 'input' }
            : { kind: 'text', text: choice, style: 'input' },
        );
      }
      expect(plan.names).toContainEqual({ name: inputName(id), sheet: 'Assumptions', ref: `$E$${7 + i}` });
    });
    expect(assumptions.validations[0]).toEqual({ ref: 'C4', source: '=$F$6:$I$6' });
    expect(cellAt(plan, 'Assumptions', 4, 3)).toMatchObject({
      kind: 'text',
      text: 'base',
      style: 'selector',
    });
    expect(plan.names).toContainEqual({ name: 'scenario_selected', sheet: 'Assumptions', ref: '$C$4' });
  });

  it('adds a user scenario’s column and keeps its free text as text, never a formula', () => {
    const user = parseScenarioText(
      'name: mine\nextends: bear\ndescription: "=1+1"\nhorizon: 12\ninputs:\n  growthFade: { value: 0.2, rationale: "+cmd|x" }\n',
      'mine.yaml',
    );
    const withUser = buildWorkbookPlan({ scenarios: [...builtins, user], selected: 'mine' });
    const cells = withUser.sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContainEqual({ kind: 'text', text: '=1+1', style: 'note' });
    expect(cells).toContainEqual({ kind: 'text', text: '+cmd|x', style: 'note' });
    expect(formulas(withUser).some((c) => c.formula.includes('cmd'))).toBe(false);
    expect(withUser.years).toHaveLength(15);
    expect(withUser.names.find((n) => n.name === 'arr_total')?.ref).toMatch(/^\$D\$\d+:\$R\$\d+$/);
    expect(sheet(withUser, 'Assumptions').validations[0]).toEqual({ ref: 'C4', source: '=$F$6:$J$6' });
  });

  it('freezes the headers, sizes the columns and formats the numbers', () => {
    expect(sheet(plan, 'Revenue Mix').freeze).toEqual({ rows: 4, columns: 3 });
    for (const s of plan.sheets) expect(s.columnWidths.length).toBeGreaterThanOrEqual(Math.min(s.width, 3));
    expect(cellAt(plan, 'Revenue Mix', lineRow('mix.api').row, 4)).toMatchObject({ format: '0.0%_);(0.0%)' });
    expect(cellAt(plan, 'Cash Flow', lineRow('cash.end').row, 6)).toMatchObject({
      format: '#,##0.0_);(#,##0.0)',
    });
  });

  it('lists every fact on Sources with a named value cell', () => {
    const sources = sheet(plan, 'Sources');
    expect(sources.rows.slice(5, 22).map((r) => (r[0]?.kind === 'text' ? r[0].text : ''))).toEqual(
      Array.from({ length: 17 }, (_, i) => `F${i + 1}`),
    );
    expect(plan.names).toContainEqual({ name: 'fact_F7', sheet: 'Sources', ref: '$D$12' });
    expect(cellAt(plan, 'Sources', 12, 4)).toMatchObject({ kind: 'number', value: 20, style: 'input' });
    expect(plan.names).toContainEqual({ name: 'fact_F4_year', sheet: 'Sources', ref: '$H$9' });
  });

  it('charts the segment ARR rows and the operating income and cash rows, on the Cover and the model sheets', () => {
    expect(plan.charts.map((c) => [c.sheet, c.type, c.series.length])).toEqual([
      ['Cover', 'stackedColumn', 3],
      ['Cover', 'stackedColumn', 1],
      ['Cover', 'line', 2],
      ['Revenue Mix', 'stackedColumn', 3],
      ['Cash Flow', 'line', 3],
      ['Competitors', 'line', 2],
    ]);
    expect(plan.charts[3]?.series[0]?.values).toBe(
      `'Revenue Mix'!$D$${lineRow('arr.enterprise').row}:$K$${lineRow('arr.enterprise').row}`,
    );
  });

  it('writes no number in any formula of any sheet but 0 and 1, at every horizon', () => {
    for (const horizon of [1, 5, 15]) {
      const long = buildWorkbookPlan({
        scenarios: builtins.map((b) => withHorizon(b, horizon)),
        selected: 'base',
      });
      for (const sheet of long.sheets)
        for (const row of sheet.rows)
          for (const cell of row) {
            if (cell?.kind !== 'formula') continue;
            // Drop text literals, sheet names, cell references and names; any digit left is a buried constant.
            const bare = cell.formula.replace(
              /"[^"]*"|'[^']*'!|\$?[A-Z]{1,3}\$?\d+|[A-Za-z_][A-Za-z_\d.]*/g,
              '',
            );
            expect(bare, `${sheet.name}: ${cell.formula}`).not.toMatch(/[2-9]|\d\d|\.\d/);
          }
    }
  });

  it('takes a sensitivity study run elsewhere (the pane’s worker) as if it had run it, and only of the selected scenario', () => {
    const scenarios = Object.values(BUILTIN_SCENARIOS);
    const include: SheetName[] = ['Sensitivity'];
    const computed = buildWorkbookPlan({ scenarios, selected: 'bear', include });
    const given = buildWorkbookPlan({
      scenarios,
      selected: 'bear',
      include,
      sensitivity: sensitivityStudy(BUILTIN_SCENARIOS.bear),
    });
    expect(given).toEqual(computed);
    expect(computed.charts.filter((c) => c.type === 'tornado')).toHaveLength(2);
    expect(() =>
      buildWorkbookPlan({
        scenarios,
        selected: 'bear',
        include,
        sensitivity: sensitivityStudy(BUILTIN_SCENARIOS.base),
      }),
    ).toThrow('the sensitivity study is of scenario base, not of the selected bear');
  });

  it('refuses a selected scenario that is not in the list (a programming error)', () => {
    expect(() => buildWorkbookPlan({ scenarios: builtins, selected: 'nope' })).toThrow(/not among/);
  });

  it('refuses two scenarios of the same name with a typed user error', () => {
    const twin = { ...BUILTIN_SCENARIOS.bull, name: 'base' };
    const error = userErrorOf(() =>
      buildWorkbookPlan({ scenarios: [BUILTIN_SCENARIOS.base, twin], selected: 'base' }),
    );
    expect(error.code).toBe('SCENARIO_DUPLICATE');
    expect(error.message).toMatch(/^scenario name "base" is used twice/);
  });
});
