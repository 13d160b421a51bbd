import { HUXIU_2026_02_20 } from '../facts/sources.js';
import { BUILTIN_AS_OF } from '../facts/vintages.js';
import type { Evaluation } from '../model/evaluate.js';
import { compileScalar, NOT_REACHED } from '../model/scalar-formulas.js';
import { SUMMARY_FIGURES } from '../model/summary.js';
import { UNIT_LABELS } from '../units.js';
import { absolute, qualified } from './address.js';
import { formulaCell, gridWidth, text } from './cells.js';
import { checksStatusRange } from './checks-sheet.js';
import { SELECTED_SCENARIO_NAME } from './names.js';
import type { Cell, DefinedName, SheetPlan } from './plan.js';
import { firstIndexOf, scalarContext } from './scalar-context.js';
import { UNIT_FORMATS } from './styles.js';

/** The Cover shows every summary figure but the horizon's last year (it is in each label). */
const KEY_FIGURES = SUMMARY_FIGURES.filter((figure) => figure.key !== 'horizonEndYear');

const FIRST_FIGURE_ROW = 6;

/** The Cover: what the workbook is, the live scenario and the key figures, all live formulas. */
export const buildCoverSheet = (
  evaluation: Evaluation,
  withChecks: boolean,
  factsAsOf = BUILTIN_AS_OF,
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
    [text('How to read this workbook', 'section')],
    [
      text(
        'Blue cells are inputs (Assumptions) or sourced facts (Sources); black cells are formulas.',
        'note',
      ),
    ],
    [
      text(
        'ARR is a run rate at year end; a year’s revenue is the average run rate between the ARR at its start and at its end.',
        'note',
      ),
    ],
    [
      text(
        '2025 is calibrated to the reported loss: F9 (full-year estimate) by default, or 2 × F8 (H1 operating loss, annualised) when loss2025Basis is 2xF8. The Checks sheet flags that the two disagree.',
        'note',
      ),
    ],
    [
      text(
        'Costs per revenue dollar move each year toward a terminal structure (a margin before depreciation and a compute share); the 2026 vendor price rise is a one-off step.',
        'note',
      ),
    ],
    [
      text(
        'OpenAI’s share of the Stargate build-out is capex, depreciated straight-line over its useful life; the capacity it owns replaces rented compute, so its chips are not paid twice. Maintenance capex keeps the installed base up after the build-out.',
        'note',
      ),
    ],
    [
      text(
        'Cash = previous cash + planned funding (the round’s phases, the IPO) + free cash flow. When that falls below the minimum cash, the shortfall is a funding gap, raised as new money at the year’s valuation; it dilutes the holders after the 2026 round. The runway ends in the first year a gap opens.',
        'note',
      ),
    ],
    [
      text(
        'Valuation = ARR × a multiple that moves from F2 ÷ F7 toward a terminal multiple; equity value = valuation + cash. Growth fades toward a terminal rate, not to zero.',
        'note',
      ),
    ],
    [
      text(
        `Facts as of ${factsAsOf}: ${article.publisher}, ${article.published.slice(0, 10)}, the sources it cites, and any newer vintage (see Sources).`,
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
