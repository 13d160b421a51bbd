import type { FactSet } from '../../facts/fact-set.js';
import type { Evaluation } from '../../model/evaluate.js';
import { INPUT_IDS, INPUTS } from '../../model/inputs.js';
import type { LineId } from '../../model/lines.js';
import type { Scenario } from '../../scenarios/scenario.js';
import { UNIT_LABELS } from '../../units.js';
import { a1, qualified } from '../../workbook/address.js';
import { constantName, factName } from '../../workbook/names.js';
import type { Cell, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import {
  comparePlan,
  PLAN_LINES,
  PLAN_VINTAGES,
  type PlanMetric,
  planFigures,
} from '../model/company-plan.js';
import { formulaCell, gridWidth, numberCell, text } from './cells.js';
import { FIRST_YEAR_COLUMN, lineRow, MODEL_HEADER_ROW } from './model-layout.js';
import { yearSheetHeader } from './year-sheet-header.js';

const MONEY = UNIT_FORMATS.usdB;
const LABELS: Readonly<Record<PlanMetric, string>> = {
  revenue: 'Revenue',
  freeCashFlow: 'Free cash flow',
};

/** The lines whose difference from the plan scenario explains a free cash flow difference, in bridge order. */
const BRIDGE: readonly { readonly id: LineId; readonly label: string; readonly sign: 1 | -1 }[] = [
  { id: 'revenue.total', label: 'Revenue', sign: 1 },
  { id: 'costs.revenueShare', label: 'less: revenue share', sign: -1 },
  { id: 'compute.spend', label: 'less: contracted compute', sign: -1 },
  { id: 'costs.researchPeople', label: 'less: research staff', sign: -1 },
  { id: 'costs.salesMarketing', label: 'less: sales and marketing', sign: -1 },
  { id: 'costs.generalAdmin', label: 'less: general and administrative', sign: -1 },
  { id: 'costs.sbc', label: 'add: stock-based compensation (non-cash)', sign: 1 },
];

type Row = readonly (Cell | null)[];

/**
 * The Plan sheet: the model beside the plan OpenAI told investors, by year and forecast vintage. Live rows link the
 * model's lines and the plan's facts; the variance and its flag are formulas on the named tolerance and floor. Below,
 * computed when the workbook was built, what explains the difference: the selected scenario less the `plan` scenario
 * (the drivers that reproduce the plan), line by line, and the inputs in which the two differ.
 */
export function buildPlanSheet(
  evaluation: Evaluation,
  facts: FactSet,
  planScenario: { readonly scenario: Scenario; readonly evaluation: Evaluation } | null,
  selected: Scenario,
): SheetPlan {
  const { years, lastActualYear } = evaluation;
  const column = (index: number) => FIRST_YEAR_COLUMN + index;
  const figures = planFigures(facts);
  const factValueById = new Map(facts.facts.map((fact) => [fact.id, fact.value]));
  const rows: Row[] = [
    ...yearSheetHeader(
      'Plan: the model beside the company’s own plan, by year and forecast vintage',
      'USD billions. The plan is what OpenAI told investors (PUBLIC-FACTS C3, C9, C11, C12); the newest vintage is the one compared.',
      evaluation,
    ),
  ];
  const blankYears = (): (Cell | null)[] => years.map(() => null);
  for (const metric of ['revenue', 'freeCashFlow'] as const) {
    const line = PLAN_LINES[metric];
    const target = lineRow(line);
    rows.push([text(LABELS[metric], 'section')]);
    const modelRow = rows.length + 1;
    rows.push([
      text(`Model (${evaluation.scenario})`, 'label'),
      text(UNIT_LABELS.usdB, 'note'),
      text(target.sheet, 'note'),
      ...years.map((_, i) =>
        evaluation.lines[line][i] === null
          ? null
          : formulaCell(
              qualified(target.sheet, a1(target.row, column(i))),
              evaluation.lines[line][i] ?? null,
              MONEY,
            ),
      ),
    ]);
    // One row per vintage that gives this figure; the newest first.
    const vintageRows = new Map<string, number>();
    for (const vintage of PLAN_VINTAGES) {
      const ids = vintage[metric];
      const present = Object.entries(ids).filter(([, id]) => typeof factValueById.get(id) === 'number');
      if (present.length === 0) continue;
      vintageRows.set(vintage.vintage, rows.length + 1);
      const cells = blankYears();
      for (const [year, id] of present) {
        const i = years.indexOf(Number(year));
        if (i >= 0)
          cells[i] = formulaCell(factName(id, 'value'), factValueById.get(id) as number, MONEY, 'link');
      }
      rows.push([
        text(`Plan, ${vintage.vintage} vintage`, 'label'),
        text(UNIT_LABELS.usdB, 'note'),
        text(present.map(([, id]) => id).join(', '), 'note'),
        ...cells,
      ]);
    }
    const comparable = years.map((y, i) => {
      const figure = figures[metric][y];
      const planRow = figure ? vintageRows.get(figure.vintage) : undefined;
      return figure && planRow && y > lastActualYear && evaluation.lines[line][i] !== null
        ? { figure, planRow }
        : null;
    });
    const varianceRow = rows.length + 1;
    rows.push([
      text('Variance: model − newest plan', 'label'),
      text(UNIT_LABELS.usdB, 'note'),
      text('model − plan, where the plan gives the year', 'note'),
      ...comparable.map((c, i) =>
        c
          ? formulaCell(
              `${a1(modelRow, column(i))}-${a1(c.planRow, column(i))}`,
              (evaluation.lines[line][i] as number) - c.figure.value,
              MONEY,
            )
          : null,
      ),
    ]);
    rows.push([
      text('Variance, share of the plan figure', 'label'),
      text(UNIT_LABELS.ratio, 'note'),
      text('variance ÷ |plan|', 'note'),
      ...comparable.map((c, i) =>
        c
          ? formulaCell(
              `${a1(varianceRow, column(i))}/ABS(${a1(c.planRow, column(i))})`,
              ((evaluation.lines[line][i] as number) - c.figure.value) / Math.abs(c.figure.value),
              UNIT_FORMATS.ratio,
            )
          : null,
      ),
    ]);
    const comparisons = comparePlan(evaluation, facts).filter((c) => c.metric === metric);
    rows.push([
      text('Within the plan’s precision?', 'label'),
      text('ok / flag', 'note'),
      text('|variance| ≤ MAX(plan tolerance × |plan|, plan floor)', 'note'),
      ...comparable.map((c, i) =>
        c
          ? formulaCell(
              `IF(ABS(${a1(varianceRow, column(i))})<=MAX(${constantName('planTolerance')}*ABS(${a1(c.planRow, column(i))}),${constantName('planFloor')}),"ok","flag")`,
              comparisons.find((r) => r.year === years[i])?.within === false ? 'flag' : 'ok',
              undefined,
              'status',
            )
          : null,
      ),
    ]);
    rows.push([]);
  }
  rows.push(...explanationRows(evaluation, planScenario, selected, years));
  return {
    name: 'Plan',
    rows,
    width: gridWidth(rows),
    columnWidths: [34, 8, 20, ...years.map(() => 10)],
    freeze: { rows: MODEL_HEADER_ROW, columns: FIRST_YEAR_COLUMN - 1 },
    validations: [],
  };
}

/**
 * What explains the difference from the plan: the selected scenario less the plan scenario, line by line (values
 * computed when the workbook was built), and the inputs in which they differ.
 */
function explanationRows(
  evaluation: Evaluation,
  planScenario: { readonly scenario: Scenario; readonly evaluation: Evaluation } | null,
  selected: Scenario,
  years: readonly number[],
): Row[] {
  if (!planScenario) return [];
  const plan = planScenario.evaluation;
  if (evaluation.scenario === plan.scenario)
    return [
      [
        text(
          'The selected scenario is the plan scenario: its drivers are the ones that reproduce the plan (see their reasons on Assumptions).',
          'note',
        ),
      ],
    ];
  const difference = (id: LineId, i: number): number | null => {
    const a = evaluation.lines[id][i];
    const b = plan.lines[id][i];
    return a === null || b === null || a === undefined || b === undefined ? null : a - b;
  };
  const rows: Row[] = [
    [
      text(
        `What explains it: ${evaluation.scenario} less the plan scenario (the drivers that reproduce the plan), computed when the workbook was built`,
        'section',
      ),
    ],
  ];
  for (const part of [...BRIDGE, { id: 'freeCashFlow' as const, label: 'Free cash flow', sign: 1 as const }])
    rows.push([
      text(part.label, 'label'),
      text(UNIT_LABELS.usdB, 'note'),
      text(`${part.id}: ${evaluation.scenario} − plan`, 'note'),
      ...years.map((_, i) => {
        const d = difference(part.id, i);
        return d === null || years[i] === undefined || (years[i] as number) <= evaluation.lastActualYear
          ? null
          : numberCell(part.sign * d, MONEY, 'computed');
      }),
    ]);
  rows.push([]);
  rows.push([text(`Inputs in which ${selected.name} differs from the plan scenario`, 'section')]);
  rows.push([
    text('Input', 'header'),
    text(selected.name, 'header'),
    text('plan scenario, and why it is set so', 'header'),
  ]);
  for (const id of INPUT_IDS) {
    const mine = selected.inputs[id];
    const theirs = planScenario.scenario.inputs[id];
    if (mine === theirs) continue;
    const choices = INPUTS[id].choices;
    const show = (v: number): Cell =>
      choices
        ? text(choices[v] ?? String(v), 'computed')
        : numberCell(v, UNIT_FORMATS[INPUTS[id].unit], 'computed');
    rows.push([
      text(INPUTS[id].label, 'label'),
      show(mine),
      text(
        `${choices ? (choices[theirs] ?? theirs) : theirs}: ${planScenario.scenario.rationale[id]}`,
        'note',
      ),
    ]);
  }
  return rows;
}
