import { CHECKS, type CheckDef } from '../../model/checks.js';
import type { Evaluation } from '../../model/evaluate.js';
import { INPUTS } from '../../model/inputs.js';
import { compileScalar } from '../../model/scalar-formulas.js';
import { UNIT_LABELS } from '../../units.js';
import { a1, absolute } from '../../workbook/address.js';
import { inputName } from '../../workbook/names.js';
import type { Cell, SheetPlan } from '../../workbook/plan.js';
import { formulaCell, gridWidth, text } from './cells.js';
import { firstIndexOf, scalarContext } from './scalar-context.js';

const HEADER_ROW = 5;
export const CHECKS_STATUS_COLUMN = 2;
const MEASURE_COLUMN = 3;
const BOUND_COLUMN = 5;

/** The status cells of every check, for the Cover's count of flags. */
export const checksStatusRange = (): string =>
  `${absolute(HEADER_ROW + 1, CHECKS_STATUS_COLUMN)}:${absolute(HEADER_ROW + CHECKS.length, CHECKS_STATUS_COLUMN)}`;

/** How the "passes when" comparison reads on the sheet. */
const SHOWN_OP = { '<=': '≤', '>=': '≥', '=': '=' } as const;

/**
 * The Checks sheet: for each check its measured figure and its bound as live formulas (compiled from the same
 * definitions `evaluate()` runs), the comparison, and the status it gives. Above them, the live 2025 loss basis.
 */
export const buildChecksSheet = (evaluation: Evaluation, checks: readonly CheckDef[] = CHECKS): SheetPlan => {
  const ctx = scalarContext(evaluation.years, firstIndexOf(evaluation.lines));
  const byId = new Map(evaluation.checks.map((c) => [c.id, c]));
  const basis = INPUTS.loss2025Basis;
  const rows: (readonly (Cell | null)[])[] = [
    [text('Checks', 'title')],
    [
      text(
        'Each status compares a measured figure with its bound, all live formulas: "flag" means the sources or the model need a reader’s attention.',
        'note',
      ),
    ],
    [
      text('2025 loss the model calibrates to (live)', 'label'),
      formulaCell(
        inputName('loss2025Basis'),
        basis.choices?.[evaluation.inputs.loss2025Basis] ?? null,
        undefined,
        'status',
      ),
      text(
        'F9 = full-year estimate; 2xF8 = H1 operating loss annualised. Choose on the Assumptions sheet.',
        'note',
      ),
    ],
    [],
    [
      text('Check', 'header'),
      text('Status', 'header'),
      text('Measured', 'header'),
      text('Passes when', 'header'),
      text('Bound', 'header'),
      text('Unit', 'header'),
      text('What it checks', 'header'),
    ],
    ...checks.map((def, i) => {
      const row = HEADER_ROW + 1 + i;
      const result = byId.get(def.id);
      const measure = a1(row, MEASURE_COLUMN);
      const bound = a1(row, BOUND_COLUMN);
      return [
        text(def.id, 'label'),
        formulaCell(
          `IF(${measure}${def.passes}${bound},"ok","flag")`,
          result?.status ?? null,
          undefined,
          'status',
        ),
        formulaCell(compileScalar(def.measure, ctx), result?.measured ?? null),
        text(SHOWN_OP[def.passes], 'note'),
        formulaCell(compileScalar(def.bound, ctx), result?.bound ?? null),
        text(UNIT_LABELS[def.unit], 'note'),
        text(def.rule, 'noteWrapped'),
      ];
    }),
  ];
  return {
    name: 'Checks',
    rows,
    width: gridWidth(rows),
    columnWidths: [24, 10, 14, 8, 14, 10, 100],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
  };
};
