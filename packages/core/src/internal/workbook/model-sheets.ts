import type { Evaluation } from '../../model/evaluate.js';
import { expressionFor, LINES, type LineDef, type LineId, type ModelSheet } from '../../model/lines.js';
import { UNIT_LABELS } from '../../units.js';
import { a1, qualified, rowRange } from '../../workbook/address.js';
import { constantName, factName, inputName, lineName, YEARS_NAME } from '../../workbook/names.js';
import type { Cell, ChartPlan, DefinedName, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { compileFormula, type FormulaContext } from '../model/formulas.js';
import { formulaCell, gridWidth, text } from './cells.js';
import { FIRST_YEAR_COLUMN, lineRow, MODEL_HEADER_ROW, MODEL_ROWS } from './model-layout.js';
import { yearSheetHeader } from './year-sheet-header.js';

const TITLES: Readonly<Record<ModelSheet, string>> = {
  'Revenue Mix': 'Revenue mix: run-rate (ARR) and recognized revenue',
  'Income Statement': 'Income statement: a functional P&L on contracted compute',
  'Cash Flow': 'Cash flow: operating income to free cash flow, the funding and the gap',
  Valuation: 'Valuation: enterprise and equity value, the round’s investors, a DCF cross-check',
};

const contextFor = (sheet: ModelSheet): FormulaContext => ({
  lineCell: (id, yearIndex) => {
    if (yearIndex < 0) throw new Error(`${id} read before the first year`);
    const target = lineRow(id);
    const address = a1(target.row, FIRST_YEAR_COLUMN + yearIndex);
    return target.sheet === sheet ? address : qualified(target.sheet, address);
  },
  yearCell: (yearIndex) => a1(MODEL_HEADER_ROW, FIRST_YEAR_COLUMN + yearIndex).replace(/(\d+)$/, '$$$1'),
  inputName,
  factName,
  constantName,
  lineRow: lineName,
  yearRow: YEARS_NAME,
});

/**
 * Lays out a model sheet: one row per line, one column per year, every value a live formula. `lines` are the
 * evaluated model's definitions (a model rolled forward by an ARR actual calibrates more years); the layout is the
 * same for every model.
 */
export const buildModelSheet = (
  sheet: ModelSheet,
  evaluation: Evaluation,
  lines: readonly LineDef[] = LINES,
): SheetPlan => {
  const ctx = contextFor(sheet);
  const { years } = evaluation;
  const defOf = new Map<LineId, LineDef>(lines.map((def) => [def.id, def]));
  const rows: (readonly (Cell | null)[])[] = [
    ...yearSheetHeader(
      TITLES[sheet],
      'USD billions unless stated. ARR is a run rate at year end; revenue is what a year recognizes.',
      evaluation,
    ),
  ];
  for (const entry of MODEL_ROWS[sheet]) {
    if (entry.kind === 'blank') rows.push([]);
    else if (entry.kind === 'section') rows.push([text(entry.title, 'section')]);
    else {
      const def = defOf.get(entry.def.id) ?? entry.def;
      const series = evaluation.lines[def.id];
      rows.push([
        text(def.label, 'label'),
        text(UNIT_LABELS[def.unit], 'note'),
        text(def.source, 'noteWrapped'),
        ...years.map((y, i) => {
          const node = expressionFor(def, y);
          return node === null
            ? null
            : formulaCell(compileFormula(node, ctx, i), series[i] ?? null, UNIT_FORMATS[def.unit]);
        }),
      ]);
    }
  }
  return {
    name: sheet,
    rows,
    width: gridWidth(rows),
    columnWidths: [34, 8, 20, ...years.map(() => 10)],
    freeze: { rows: MODEL_HEADER_ROW, columns: FIRST_YEAR_COLUMN - 1 },
    validations: [],
  };
};

const lastYearColumn = (years: readonly number[]): number => FIRST_YEAR_COLUMN + years.length - 1;

/** The defined names of every line row, and of the year row. */
export const modelNames = (sheet: ModelSheet, years: readonly number[]): readonly DefinedName[] => {
  const last = lastYearColumn(years);
  const names: DefinedName[] = MODEL_ROWS[sheet].flatMap((entry) =>
    entry.kind === 'line'
      ? [
          {
            name: lineName(entry.def.id),
            sheet,
            ref: rowRange(lineRow(entry.def.id).row, FIRST_YEAR_COLUMN, last),
          },
        ]
      : [],
  );
  if (sheet === 'Revenue Mix')
    names.push({ name: YEARS_NAME, sheet, ref: rowRange(MODEL_HEADER_ROW, FIRST_YEAR_COLUMN, last) });
  return names;
};

/** The two native charts: revenue mix by segment, and operating income with year-end cash. */
export const modelCharts = (years: readonly number[]): readonly ChartPlan[] => {
  const last = lastYearColumn(years);
  const seriesOf = (id: Parameters<typeof lineRow>[0], name: string) => {
    const { sheet, row } = lineRow(id);
    return { name, values: qualified(sheet, rowRange(row, FIRST_YEAR_COLUMN, last)) };
  };
  const belowData = (sheet: ModelSheet): number => MODEL_HEADER_ROW + MODEL_ROWS[sheet].length + 3;
  const categories = (sheet: ModelSheet) =>
    qualified(sheet, rowRange(MODEL_HEADER_ROW, FIRST_YEAR_COLUMN, last));
  return [
    {
      sheet: 'Revenue Mix',
      title: 'ARR by segment (USD B, year end)',
      type: 'stackedColumn',
      categories: categories('Revenue Mix'),
      series: [
        seriesOf('arr.enterprise', 'Enterprise'),
        seriesOf('arr.api', 'API'),
        seriesOf('arr.consumer', 'Consumer'),
      ],
      from: a1(belowData('Revenue Mix'), 1),
      to: a1(belowData('Revenue Mix') + 18, 8),
    },
    {
      sheet: 'Cash Flow',
      title: 'Operating income, free cash flow and year-end cash (USD B)',
      type: 'line',
      categories: categories('Cash Flow'),
      series: [
        seriesOf('operatingIncome', 'Operating income'),
        seriesOf('freeCashFlow', 'Free cash flow'),
        seriesOf('cash.end', 'Cash at year end'),
      ],
      from: a1(belowData('Cash Flow'), 1),
      to: a1(belowData('Cash Flow') + 18, 8),
    },
  ];
};
