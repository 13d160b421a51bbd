import { HUXIU_2026_02_20 } from '../facts/sources.js';
import type { Evaluation } from '../model/evaluate.js';
import type { LineId } from '../model/lines.js';
import type { Summary } from '../model/summary.js';
import { UNIT_LABELS, type Unit } from '../units.js';
import { absolute, qualified } from './address.js';
import { formulaCell, gridWidth, text } from './cells.js';
import { checksStatusRange } from './checks-sheet.js';
import { lineName, SELECTED_SCENARIO_NAME, YEARS_NAME } from './names.js';
import type { Cell, DefinedName, SheetPlan } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

type SummaryKey = Exclude<keyof Summary, 'horizonEndYear'>;

interface KeyFigure {
  readonly key: SummaryKey;
  readonly label: (horizonEnd: number) => string;
  readonly formula: string;
  readonly unit: Unit;
  readonly source: string;
}

const atHorizonEnd = (id: LineId): string => `INDEX(${lineName(id)},COLUMNS(${lineName(id)}))`;
const firstFlagged = (id: LineId): string =>
  `IFERROR(INDEX(${YEARS_NAME},MATCH(1,${lineName(id)},0)),"not reached")`;

/** The key figures on the Cover, each a formula named after its `Summary` field. */
const KEY_FIGURES: readonly KeyFigure[] = [
  {
    key: 'arrAtHorizonEnd',
    label: (y) => `Total ARR at end of ${y}`,
    formula: atHorizonEnd('arr.total'),
    unit: 'usdB',
    source: 'Revenue Mix',
  },
  {
    key: 'revenueAtHorizonEnd',
    label: (y) => `Recognized revenue in ${y}`,
    formula: atHorizonEnd('revenue.total'),
    unit: 'usdB',
    source: 'Revenue Mix',
  },
  {
    key: 'breakevenYear',
    label: () => 'First year with operating income ≥ 0',
    formula: firstFlagged('flag.profitable'),
    unit: 'year',
    source: 'Loss Model',
  },
  {
    key: 'runwayEndYear',
    label: () => 'Year the cash runs out',
    formula: firstFlagged('flag.cashNegative'),
    unit: 'year',
    source: 'Loss Model',
  },
  {
    key: 'cashAtHorizonEnd',
    label: (y) => `Cash at end of ${y}`,
    formula: atHorizonEnd('cash.end'),
    unit: 'usdB',
    source: 'Loss Model',
  },
  {
    key: 'valuationAtHorizonEnd',
    label: (y) => `Implied valuation at end of ${y}`,
    formula: atHorizonEnd('valuation'),
    unit: 'usdB',
    source: 'Loss Model',
  },
  {
    key: 'valuationToArr',
    label: () => 'Valuation ÷ 2025 ARR at the round (upper bound: F7 is a floor)',
    formula: 'fact_F2/fact_F7',
    unit: 'multiple',
    source: 'F2 ÷ F7',
  },
  {
    key: 'impliedPreMoney',
    label: () => 'Implied pre-money valuation (if F2 is post-money)',
    formula: 'fact_F2-fact_F1',
    unit: 'usdB',
    source: 'F2 − F1',
  },
];

const FIRST_FIGURE_ROW = 6;

/** The Cover: what the workbook is, the live scenario and the key figures, all live formulas. */
export const buildCoverSheet = (evaluation: Evaluation, withChecks: boolean): SheetPlan => {
  const { summary } = evaluation;
  const horizonEnd = summary.horizonEndYear;
  const article = HUXIU_2026_02_20;
  const rows: (readonly (Cell | null)[])[] = [
    [text('aifin: OpenAI economics model', 'title')],
    [
      text(
        `Run-rate revenue, revenue mix, losses, cash burn against the new funding and valuation, ${evaluation.years[0]}–${horizonEnd}.`,
        'subtitle',
      ),
    ],
    [
      text('Live scenario', 'label'),
      formulaCell(SELECTED_SCENARIO_NAME, evaluation.scenario, undefined, 'status'),
      text('change it on the Assumptions sheet', 'note'),
    ],
    [],
    [text('Key figure', 'header'), text('Value', 'header'), text('Unit', 'header'), text('From', 'header')],
    ...KEY_FIGURES.map((figure) => [
      text(figure.label(horizonEnd), 'label'),
      formulaCell(figure.formula, summary[figure.key] ?? 'not reached', UNIT_FORMATS[figure.unit]),
      text(UNIT_LABELS[figure.unit], 'note'),
      text(figure.source, 'note'),
    ]),
    ...(withChecks
      ? [
          [
            text('Checks flagged', 'label'),
            formulaCell(
              `COUNTIF(${qualified('Checks', checksStatusRange())},"flag")`,
              evaluation.checks.filter((c) => c.status === 'flag').length,
              '0',
            ),
            text('see the Checks sheet', 'note'),
          ],
        ]
      : []),
    [],
    [text('How to read this workbook', 'section')],
    [
      text(
        'Blue cells are inputs (Assumptions) or sourced facts (Sources); black cells are formulas.',
        'note',
      ),
    ],
    [
      text(
        'ARR is a run rate at year end; a year’s revenue is derived from the ARR at its start and end.',
        'note',
      ),
    ],
    [
      text(
        'Where the sources disagree (the H1 and full-year 2025 losses), the Checks sheet flags it.',
        'note',
      ),
    ],
    [
      text(
        `Facts: ${article.publisher}, ${article.published.slice(0, 10)}, and the sources it cites (see Sources).`,
        'note',
      ),
    ],
  ];
  return {
    name: 'Cover',
    rows,
    width: gridWidth(rows),
    columnWidths: [62, 16, 10, 30],
    freeze: { rows: 0, columns: 0 },
    validations: [],
  };
};

/** Each key figure's cell, named after its `Summary` field. */
export const coverNames = (): readonly DefinedName[] =>
  KEY_FIGURES.map((figure, i) => ({
    name: figure.key,
    sheet: 'Cover' as const,
    ref: absolute(FIRST_FIGURE_ROW + i, 2),
  }));
