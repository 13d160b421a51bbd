import type { FactSet } from '../../facts/fact-set.js';
import { HUXIU_2026_02_20 } from '../../facts/sources.js';
import { BUILTIN_AS_OF } from '../../facts/vintages.js';
import type { Evaluation } from '../../model/evaluate.js';
import { compileScalar, NOT_REACHED } from '../../model/scalar-formulas.js';
import { SUMMARY_FIGURES, type SummaryKey } from '../../model/summary.js';
import { UNIT_LABELS } from '../../units.js';
import { absolute, qualified } from '../../workbook/address.js';
import { SELECTED_SCENARIO_NAME } from '../../workbook/names.js';
import type { Cell, DefinedName, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { planFigures } from '../model/company-plan.js';
import { formulaCell, gridWidth, numberCell, text } from './cells.js';
import { checksStatusRange } from './checks-sheet.js';
import { firstIndexOf, scalarContext } from './scalar-context.js';

/** The Cover shows every summary figure but the horizon's last year (it is in each label). */
const KEY_FIGURES = SUMMARY_FIGURES.filter((figure) => figure.key !== 'horizonEndYear');

const FIRST_FIGURE_ROW = 6;

/** The figures the Cover sets side by side for every scenario and the company's plan. */
const COMPARED: readonly SummaryKey[] = [
  'arrAtHorizonEnd',
  'revenueAtHorizonEnd',
  'cumulativeBurn',
  'fundingGapTotal',
  'cashBreakevenYear',
  'equityValueAtHorizonEnd',
  'roundMoic',
  'roundIrr',
];

/**
 * What the company's plan says of the compared figures, where its facts give them: revenue in the horizon's last
 * year, the burn summed over the projected years (when the plan gives every one of them), the first year of
 * positive free cash flow.
 */
function planColumn(facts: FactSet | null, years: readonly number[], lastActualYear: number) {
  const figures = facts ? planFigures(facts) : null;
  const horizonEnd = years.at(-1) as number;
  const projected = years.filter((y) => y > lastActualYear);
  const cash = projected.map((y) => figures?.freeCashFlow[y]?.value);
  const known = cash.every((v) => v !== undefined);
  const breakeven = projected.find((y) => (figures?.freeCashFlow[y]?.value ?? -1) >= 0);
  return {
    revenueAtHorizonEnd: figures?.revenue[horizonEnd]?.value,
    cumulativeBurn: known ? cash.reduce<number>((sum, v) => sum + Math.max(0, -(v as number)), 0) : undefined,
    cashBreakevenYear: known ? breakeven : undefined,
  } as Partial<Record<SummaryKey, number>>;
}

/** The Cover: what the workbook is, the live scenario and the key figures, all live formulas. */
export const buildCoverSheet = (
  evaluation: Evaluation,
  withChecks: boolean,
  factsAsOf = BUILTIN_AS_OF,
  comparisons: readonly Evaluation[] = [],
  facts: FactSet | null = null,
  /** What the Risk sheet simulated (scenario or mixture), when the workbook has one. */
  riskSubject: string | null = null,
): SheetPlan => {
  const { summary } = evaluation;
  const ctx = scalarContext(evaluation.years, firstIndexOf(evaluation.lines));
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
      formulaCell(
        compileScalar(figure.expr, ctx),
        summary[figure.key] ?? NOT_REACHED,
        UNIT_FORMATS[figure.unit],
      ),
      text(UNIT_LABELS[figure.unit], 'note'),
      text(figure.from, 'note'),
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
    ...(comparisons.length > 0
      ? comparisonRows(comparisons, planColumn(facts, evaluation.years, evaluation.lastActualYear))
      : []),
    [text('How to read this workbook', 'section')],
    [
      text(
        'Blue cells are inputs (Assumptions) or sourced facts (Sources); black cells are formulas.',
        'noteWrapped',
      ),
    ],
    [
      text(
        'ARR is a run rate at year end; a year’s revenue is the average run rate between the ARR at its start and at its end (2024–25: the audited revenue, where known).',
        'noteWrapped',
      ),
    ],
    [
      text(
        '2025 reproduces OpenAI’s audited accounts: revenue, cost of revenue, R&D, sales and marketing, G&A, and free cash flow equal to the reported cash burn. With --as-of 2026-02-20 (before they were known) it is calibrated to the article’s loss instead: F9, or 2 × F8 (loss2025Basis).',
        'noteWrapped',
      ),
    ],
    [
      text(
        'Compute is bought under take-or-pay contracts: spend follows the contracted capacity, not revenue. Serving the revenue (inference) is cost of revenue; the rest of the contracted compute trains models (R&D). A revenue miss therefore leaves the compute bill in place.',
        'noteWrapped',
      ),
    ],
    [
      text(
        'Microsoft’s revenue share falls from PD1 to PD2 by 2030. Staff, sales and G&A costs per revenue dollar move toward a mature structure; stock-based compensation sits inside them and is added back to cash.',
        'noteWrapped',
      ),
    ],
    [
      text(
        'Free cash flow = operating income + stock pay + depreciation − own capex − Stargate equity − tax + net interest + other items. Cash = previous + planned funding (the round as closed, its contingent part, the IPO) + free cash flow; a shortfall below the minimum cash is a funding gap, raised as equity at a discount (diluting) or as debt.',
        'noteWrapped',
      ),
    ],
    [
      text(
        'Enterprise value = ARR × a multiple that starts where the round priced the company (post-money less the cash it holds) and moves toward EV ÷ operating income × the operating margin; equity value = EV + cash − debt, so the round’s cash counts once. The round’s investors’ MOIC and IRR follow their diluted stake. A DCF cross-check sits on the Valuation sheet; the Plan sheet sets the model beside the company’s own plan.',
        'noteWrapped',
      ),
    ],
    ...(riskSubject === null
      ? []
      : [
          [
            text(
              `Risk sheet: ${riskSubject}, drawn when the workbook was built (values, not formulas).`,
              'noteWrapped',
            ),
          ],
        ]),
    [
      text(
        `Facts as of ${factsAsOf}: ${article.publisher}, ${article.published.slice(0, 10)}, the sources it cites, and any newer vintage (see Sources).`,
        'noteWrapped',
      ),
    ],
  ];
  return {
    name: 'Cover',
    rows,
    width: gridWidth(rows),
    columnWidths: [62, 14, 14, 14, 14, 14, 14],
    freeze: { rows: 0, columns: 0 },
    validations: [],
  };
};

/** Scenarios side by side (values computed at build time, in grey), with the company's plan where it gives a figure. */
function comparisonRows(
  comparisons: readonly Evaluation[],
  plan: Partial<Record<SummaryKey, number>>,
): (readonly (Cell | null)[])[] {
  const horizonEnd = comparisons[0]?.summary.horizonEndYear ?? 0;
  const figures = COMPARED.map((key) => SUMMARY_FIGURES.find((f) => f.key === key)).filter(
    (f): f is (typeof SUMMARY_FIGURES)[number] => f !== undefined,
  );
  return [
    [text('Scenarios side by side (computed when the workbook was built)', 'section')],
    [
      text('Figure', 'header'),
      ...comparisons.map((e) => text(e.scenario, 'header')),
      text('company plan', 'header'),
    ],
    ...figures.map((figure) => [
      text(figure.label(horizonEnd), 'label'),
      ...comparisons.map((e) => {
        const v = e.summary[figure.key];
        return v === null
          ? text(NOT_REACHED, 'computed')
          : numberCell(v, UNIT_FORMATS[figure.unit], 'computed');
      }),
      plan[figure.key] === undefined
        ? text('—', 'computed')
        : numberCell(plan[figure.key] as number, UNIT_FORMATS[figure.unit], 'computed'),
    ]),
    [],
  ];
}

/** Each key figure's cell, named after its `Summary` field. */
export const coverNames = (): readonly DefinedName[] =>
  KEY_FIGURES.map((figure, i) => ({
    name: figure.key,
    sheet: 'Cover' as const,
    ref: absolute(FIRST_FIGURE_ROW + i, 2),
  }));
