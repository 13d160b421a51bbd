import {
  CHECK_IDS,
  CHECK_RULES,
  CHECK_TOLERANCE,
  type CheckId,
  LOSS_RECONCILIATION_THRESHOLD,
} from '../model/checks.js';
import type { Evaluation } from '../model/evaluate.js';
import { a1, absolute, qualified } from './address.js';
import { formulaCell, gridWidth, text } from './cells.js';
import { FIRST_YEAR_COLUMN, lineRow } from './model-layout.js';
import { factName, lineName } from './names.js';
import type { Cell, SheetPlan } from './plan.js';

const HEADER_ROW = 4;
export const CHECKS_STATUS_COLUMN = 2;
export const checksStatusRange = (): string =>
  `${absolute(HEADER_ROW + 1, CHECKS_STATUS_COLUMN)}:${absolute(HEADER_ROW + CHECK_IDS.length, CHECKS_STATUS_COLUMN)}`;

const TOL = String(CHECK_TOLERANCE).toUpperCase();

/** A row range of a line from one year index to another (inclusive), for checks that compare shifted years. */
const span = (id: Parameters<typeof lineRow>[0], from: number, to: number): string => {
  const { sheet, row } = lineRow(id);
  return qualified(sheet, `${a1(row, FIRST_YEAR_COLUMN + from)}:${a1(row, FIRST_YEAR_COLUMN + to)}`);
};

/** The Excel condition that is true when a check passes; the same rule `runChecks` applies. */
const passes = (id: CheckId, years: readonly number[]): string => {
  const f = (fact: Parameters<typeof factName>[0]) => factName(fact, 'value');
  const last = years.length - 1;
  switch (id) {
    case 'loss.h1-vs-fy':
      return `${f('F9')}-${f('F8')}>=${f('F8')}*${LOSS_RECONCILIATION_THRESHOLD}`;
    case 'mix.facts-sum':
      return `ABS(${f('F10')}+${f('F11')}+${f('F12')}-1)<=${TOL}`;
    case 'mix.sum':
      return `SUMPRODUCT(ABS(${lineName('mix.enterprise')}+${lineName('mix.api')}+${lineName('mix.consumer')}-1))<=${TOL}`;
    case 'arr.segments-sum':
      return `SUMPRODUCT(ABS(${lineName('arr.enterprise')}+${lineName('arr.api')}+${lineName('arr.consumer')}-${lineName('arr.total')}))<=${TOL}*SUM(${lineName('arr.total')})`;
    case 'revenue.within-arr': {
      // Revenue lies between the ARRs that bound it exactly when (R − A0)(R − A1) ≤ 0; 2023 is bounded by an input.
      const revenue = span('revenue.total', 1, last);
      return `SUMPRODUCT(--((${revenue}-${span('arr.total', 0, last - 1)})*(${revenue}-${span('arr.total', 1, last)})>${TOL}))=0`;
    }
    case 'calibration.loss-2025': {
      const { sheet, row } = lineRow('operatingIncome');
      const cell = qualified(sheet, a1(row, FIRST_YEAR_COLUMN + years.indexOf(2025)));
      return `ABS(${cell}+${f('F9')})<=${TOL}*${f('F9')}`;
    }
    case 'runway.within-horizon':
      return `COUNTIF(${lineName('flag.cashNegative')},1)=0`;
  }
};

/** The Checks sheet: each check's status as a live formula, beside the rule it applies. */
export const buildChecksSheet = (evaluation: Evaluation): SheetPlan => {
  const statusOf = new Map(evaluation.checks.map((c) => [c.id, c.status]));
  const rows: (readonly (Cell | null)[])[] = [
    [text('Checks', 'title')],
    [
      text(
        'Each status is a formula: "flag" means the sources or the model need a reader’s attention.',
        'note',
      ),
    ],
    [],
    [text('Check', 'header'), text('Status', 'header'), text('What it checks', 'header')],
    ...CHECK_IDS.map((id) => [
      text(id, 'label'),
      formulaCell(
        `IF(${passes(id, evaluation.years)},"ok","flag")`,
        statusOf.get(id) ?? null,
        undefined,
        'status',
      ),
      text(CHECK_RULES[id], 'note'),
    ]),
  ];
  return {
    name: 'Checks',
    rows,
    width: gridWidth(rows),
    columnWidths: [24, 10, 110],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
  };
};
