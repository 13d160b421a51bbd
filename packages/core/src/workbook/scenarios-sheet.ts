import { deepFreeze } from '../internal/deep-freeze.js';
import { formulaCell, gridWidth, numberCell, text } from '../internal/workbook/cells.js';
import type { Evaluation } from '../model/evaluate.js';
import type { LineId } from '../model/line-ids.js';
import { getLine } from '../model/lines.js';
import { NOT_REACHED } from '../model/scalar-formulas.js';
import { SUMMARY_FIGURES } from '../model/summary.js';
import { UNIT_LABELS } from '../units.js';
import { a1, absolute } from './address.js';
import { constantName, lineName, SELECTED_SCENARIO_NAME } from './names.js';
import type { Cell, SheetPlan } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

/** The lines compared side by side (and checked against the live model). */
export const SCENARIO_LINES: readonly LineId[] = /* @__PURE__ */ deepFreeze([
  'arr.total',
  'revenue.total',
  'operatingIncome',
  'freeCashFlow',
  'funding.gap',
  'cash.end',
  'valuation.ev',
  'equityValue',
]);

const HEADER_ROW = 5;
const FIRST_SCENARIO_COLUMN = 4;
/** Where the live check's status sits (for tests and the Cover). */
export const SCENARIOS_CHECK_CELL = /* @__PURE__ */ deepFreeze({ row: 3, column: 2 } as const);

/**
 * The Scenarios sheet: every scenario's key lines by year and its summary side by side, as values aifin computed
 * when it built the workbook (grey, labelled so: editing an input does not change them). Beside them, the live
 * scenario's lines as formulas, the built column of the scenario the selector names, and their difference; the
 * check at the top flags when they part (an input was edited since the build).
 * `evaluations` are every scenario at the live scenario's horizon, in Assumptions order.
 */
export const buildScenariosSheet = (evaluations: readonly Evaluation[], selected: string): SheetPlan => {
  const count = evaluations.length;
  const liveColumn = FIRST_SCENARIO_COLUMN + count;
  const builtColumn = liveColumn + 1;
  const diffColumn = builtColumn + 1;
  const years = evaluations[0]?.years ?? [];
  const selectedEvaluation = evaluations.find((e) => e.scenario === selected) ?? evaluations[0];
  const headerRange = `${absolute(HEADER_ROW, FIRST_SCENARIO_COLUMN)}:${absolute(HEADER_ROW, liveColumn - 1)}`;

  const lineRows: (readonly (Cell | null)[])[] = [];
  for (const id of SCENARIO_LINES) {
    const { label, unit } = getLine(id);
    const format = UNIT_FORMATS[unit];
    years.forEach((year, index) => {
      const live = selectedEvaluation?.lines[id][index] ?? null;
      if (live === null) return; // not modelled in this year: nothing to compare
      const row = HEADER_ROW + 1 + lineRows.length;
      const built = `INDEX(${a1(row, FIRST_SCENARIO_COLUMN)}:${a1(row, liveColumn - 1)},1,MATCH(${SELECTED_SCENARIO_NAME},${headerRange},0))`;
      lineRows.push([
        text(label, 'label'),
        text(UNIT_LABELS[unit], 'note'),
        numberCell(year, '0', 'label'),
        ...evaluations.map((e) => numberCell(e.lines[id][index] ?? 0, format, 'computed')),
        formulaCell(`INDEX(${lineName(id)},1,${index + 1})`, live, format),
        formulaCell(built, live, format),
        formulaCell(
          `ABS(${a1(row, liveColumn)}-${a1(row, builtColumn)})/MAX(1,ABS(${a1(row, builtColumn)}))`,
          0,
          '0.0E+0',
        ),
      ]);
    });
  }
  const lastLineRow = HEADER_ROW + lineRows.length;
  const diffRange = `${a1(HEADER_ROW + 1, diffColumn)}:${a1(lastLineRow, diffColumn)}`;

  const summaryRows: (readonly (Cell | null)[])[] = [
    [],
    [text('Summary (computed at build time)', 'section')],
    ...SUMMARY_FIGURES.filter((figure) => figure.key !== 'horizonEndYear').map((figure) => [
      text(figure.label(years.at(-1) ?? 0), 'label'),
      text(UNIT_LABELS[figure.unit], 'note'),
      null,
      ...evaluations.map((e) => {
        const value = e.summary[figure.key];
        return value === null
          ? text(NOT_REACHED, 'computed')
          : numberCell(value, UNIT_FORMATS[figure.unit], 'computed');
      }),
    ]),
  ];

  const rows: (readonly (Cell | null)[])[] = [
    [text('Scenarios side by side', 'title')],
    [
      text(
        `Grey numbers were computed by aifin when this workbook was built (every scenario over ${years[0]}–${years.at(-1)}); they do not recalculate. "Live" is the model's own formula for the scenario the Assumptions selector names.`,
        'note',
      ),
    ],
    [
      text('Live scenario still matches its built column', 'label'),
      formulaCell(
        `IF(MAX(${diffRange})<=${constantName('checkTolerance')},"ok","flag")`,
        'ok',
        undefined,
        'status',
      ),
      text(
        '"flag": an input was edited since the build, so the grey columns no longer describe the live model.',
        'note',
      ),
    ],
    [],
    [
      text('Line', 'header'),
      text('Unit', 'header'),
      text('Year', 'header'),
      ...evaluations.map((e) => text(e.scenario, 'header')),
      text('Live (formula)', 'header'),
      text('Built, selected scenario', 'header'),
      text('Relative difference', 'header'),
    ],
    ...lineRows,
    ...summaryRows,
  ];
  return {
    name: 'Scenarios',
    rows,
    width: gridWidth(rows),
    columnWidths: [40, 8, 7, ...evaluations.map(() => 12), 14, 14, 12],
    freeze: { rows: HEADER_ROW, columns: 3 },
    validations: [],
  };
};
