import { describe, expect, it } from 'vitest';
import { resolveFactSet } from '../facts/fact-set.js';
import { parseFactsText } from '../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { firstIndexOf } from '../internal/workbook/scalar-context.js';
import { evaluate } from '../model/evaluate.js';
import { modelForFacts } from '../model/model-for-facts.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { buildWorkbookPlan } from './build-workbook-plan.js';
import type { Cell, WorkbookPlan } from './plan.js';

const observations = [
  ...BUILTIN_OBSERVATIONS,
  ...parseFactsText(
    'facts: [{ id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }]',
    'f9.yaml',
  ),
];
const planFor = (asOf: string | null): WorkbookPlan =>
  buildWorkbookPlan({
    scenarios: [BUILTIN_SCENARIOS.base],
    selected: 'base',
    facts: resolveFactSet(observations, asOf),
  });
const textsOf = (plan: WorkbookPlan, sheet: string): string[] =>
  (plan.sheets.find((s) => s.name === sheet)?.rows ?? []).flatMap((row) =>
    row.flatMap((cell: Cell | null) => (cell?.kind === 'text' ? [cell.text] : [])),
  );
/** The cell a defined name points at (one-letter columns, as on Sources). */
const named = (plan: WorkbookPlan, name: string): Cell | null | undefined => {
  const found = plan.names.find((n) => n.name === name);
  const [, column = '', row = ''] = /^\$([A-Z])\$(\d+)$/.exec(found?.ref ?? '') ?? [];
  return plan.sheets.find((s) => s.name === found?.sheet)?.rows[Number(row) - 1]?.[column.charCodeAt(0) - 65];
};

describe('buildWorkbookPlan with a fact set', () => {
  it('says on the Cover which date the facts are as of', () => {
    // Every vintage: the latest date among the facts in use, the public collection's close (after F9's 2026-05-01).
    expect(textsOf(planFor(null), 'Cover').some((t) => t.startsWith('Facts as of 2026-06-30:'))).toBe(true);
    expect(textsOf(planFor('2026-04-30'), 'Cover').some((t) => t.startsWith('Facts as of 2026-04-30:'))).toBe(
      true,
    );
    const builtin = buildWorkbookPlan({ scenarios: [BUILTIN_SCENARIOS.base], selected: 'base' });
    expect(textsOf(builtin, 'Cover').some((t) => t.startsWith('Facts as of 2026-06-30:'))).toBe(true);
    const articleDay = buildWorkbookPlan({
      scenarios: [BUILTIN_SCENARIOS.base],
      selected: 'base',
      facts: resolveFactSet(BUILTIN_OBSERVATIONS, '2026-02-20'),
    });
    expect(textsOf(articleDay, 'Cover').some((t) => t.startsWith('Facts as of 2026-02-20:'))).toBe(true);
  });

  it('puts the value in use in the fact’s named cell', () => {
    expect(named(planFor(null), 'fact_F9')).toMatchObject({ kind: 'number', value: 13.5 });
    expect(named(planFor('2026-04-30'), 'fact_F9')).toMatchObject({ kind: 'number', value: 9 });
  });

  it('marks a year an ARR actual rolls forward as actual, and calibrates its ARR cell to the fact', () => {
    const facts = resolveFactSet([
      ...BUILTIN_OBSERVATIONS,
      ...parseFactsText(
        'facts: [{ id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: R } }]',
        'arr.yaml',
      ),
    ]);
    const plan = buildWorkbookPlan({ scenarios: [BUILTIN_SCENARIOS.base], selected: 'base', facts });
    const revenueMix = plan.sheets.find((s) => s.name === 'Revenue Mix');
    const marks = revenueMix?.rows[2]?.slice(3).map((c) => (c?.kind === 'text' ? c.text : null));
    expect(marks?.slice(0, 5)).toEqual(['A', 'A', 'A', 'A', 'E']);
    expect(plan.years.slice(0, 5)).toEqual([2023, 2024, 2025, 2026, 2027]);
    const arrRow = revenueMix?.rows.find(
      (r) => r[0]?.kind === 'text' && r[0].text === 'Total ARR (year end)',
    );
    expect(arrRow?.[3 + 3]).toMatchObject({ kind: 'formula', formula: '=fact_X1', value: 30 });
  });
});

describe('firstIndexOf', () => {
  it('finds where each line starts in an evaluation, a year later for growth in a rolled-forward model', () => {
    const builtin = firstIndexOf(evaluate(BUILTIN_SCENARIOS.base).lines);
    expect([builtin.get('arr.total'), builtin.get('costs.total'), builtin.get('growth.api')]).toEqual([
      0, 2, 3,
    ]);
    const facts = resolveFactSet([
      ...BUILTIN_OBSERVATIONS,
      ...parseFactsText(
        'facts: [{ id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: R } }]',
        'arr.yaml',
      ),
    ]);
    expect(firstIndexOf(evaluate(BUILTIN_SCENARIOS.base, modelForFacts(facts)).lines).get('growth.api')).toBe(
      4,
    );
  });

  it.each([
    ['f9 beside F9', 'f9', 'fact_f9 beside fact_F9'],
    ['F7_year beside F7', 'F7_year', 'fact_F7_year beside fact_F7_year'],
  ])('refuses a hand-built fact set with %s: no workbook with duplicate names', (_, id, names) => {
    const f9 = BUILTIN_OBSERVATIONS.find((o) => o.id === 'F9');
    if (!f9) throw new Error('no F9');
    // Built by hand, past parseFactsText, which refuses these ids with the user's words.
    const facts = resolveFactSet([...BUILTIN_OBSERVATIONS, { ...f9, id, asOf: '2026-05-01' }]);
    expect(() => buildWorkbookPlan({ scenarios: [BUILTIN_SCENARIOS.base], selected: 'base', facts })).toThrow(
      `the workbook would define ${names}`,
    );
  });
});
