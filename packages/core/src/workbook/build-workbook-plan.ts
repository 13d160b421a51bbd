import { type SensitivityStudy, sensitivityStudy } from '../analysis/sensitivity-study.js';
import type { SimulationResult } from '../analysis/simulate.js';
import { userErrors } from '../errors/messages.js';
import { BUILTIN_FACT_SET, type FactSet } from '../facts/fact-set.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { assumptionsNames, buildAssumptionsSheet } from '../internal/workbook/assumptions-sheet.js';
import { buildChecksSheet } from '../internal/workbook/checks-sheet.js';
import { layoutCompetitors } from '../internal/workbook/competitors-sheet.js';
import { coverCharts } from '../internal/workbook/cover-charts.js';
import { buildCoverSheet, coverNames } from '../internal/workbook/cover-sheet.js';
import { markCrossSheetLinks } from '../internal/workbook/link-styles.js';
import { buildModelSheet, modelCharts, modelNames } from '../internal/workbook/model-sheets.js';
import { buildPlanSheet } from '../internal/workbook/plan-sheet.js';
import { buildRiskSheet, riskCharts, simulationSubject } from '../internal/workbook/risk-sheet.js';
import { wrappedRowHeights } from '../internal/workbook/row-heights.js';
import { buildSensitivitySheet } from '../internal/workbook/sensitivity-sheet.js';
import { buildSourcesSheet, sourcesNames } from '../internal/workbook/sources-sheet.js';
import { evaluate } from '../model/evaluate.js';
import { MODEL_SHEETS } from '../model/lines.js';
import { modelForFacts } from '../model/model-for-facts.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { withHorizon } from '../scenarios/horizon.js';
import type { Scenario } from '../scenarios/scenario.js';
import { cellPosition } from './address.js';
import type { ChartPlan, DefinedName, SheetName, SheetPlan, WorkbookPlan } from './plan.js';
import { type DrawnExtent, printSetupFor } from './print-setup.js';
import { buildScenariosSheet } from './scenarios-sheet.js';

/** Sheets a user may leave out; the others hold the model itself and are always built. */
export const OPTIONAL_SHEETS: readonly SheetName[] = /* @__PURE__ */ deepFreeze([
  'Cover',
  'Checks',
  'Competitors',
]);

/** Analysis sheets: built only when `include` names them (`aifin export` does). */
export const ANALYSIS_SHEETS: readonly SheetName[] = /* @__PURE__ */ deepFreeze(['Scenarios', 'Sensitivity']);

/**
 * What {@link buildWorkbookPlan} lays out: the scenarios as columns, the live one, and the sheets to include.
 * @example buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'base' })
 */
export interface WorkbookPlanOptions {
  /** The scenarios that get a column on the Assumptions sheet, in order. */
  readonly scenarios: readonly Scenario[];
  /** The one the live column follows; its horizon sets the year columns. Must be among `scenarios`. */
  readonly selected: string;
  /** Optional sheets to build (default: all of `OPTIONAL_SHEETS`); analysis sheets only when named here. */
  readonly include?: readonly SheetName[];
  /** The facts the model rests on, each fact's vintage in use (default: the built-in facts, `BUILTIN_FACT_SET`). */
  readonly facts?: FactSet;
  /** A simulation of the selected scenario, run by the caller (a shell with threads): adds the Risk sheet. */
  readonly simulation?: { readonly result: SimulationResult; readonly description: string };
  /**
   * The selected scenario's sensitivity study, when the caller ran it elsewhere (the pane, in its worker); otherwise
   * the Sensitivity sheet computes it here.
   */
  readonly sensitivity?: SensitivityStudy;
}

/**
 * Refuses two defined names Excel would take for one (its names ignore case): a fact set built by hand with `f9`
 * beside `F9`, or a fact `F7_year`, would otherwise give the workbook duplicate names. A facts file is refused
 * earlier, with the user's words (`parseFactsText`); reaching this is a program's mistake.
 */
function assertNamesDistinct(names: readonly DefinedName[]): void {
  const seen = new Map<string, string>();
  for (const { name } of names) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined)
      throw new Error(
        `the workbook would define ${name} beside ${other}, one name to Excel: fact ids must differ`,
      );
    seen.set(name.toLowerCase(), name);
  }
}

/**
 * Describes the whole workbook for the selected scenario: sheets, cells, formulas, formats, names and charts.
 * @example buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'base' })
 */
export const buildWorkbookPlan = (options: WorkbookPlanOptions): WorkbookPlan => {
  // Each scenario is a column and a dropdown entry: two of one name would make the selector ambiguous.
  const scenarioNames = options.scenarios.map((s) => s.name);
  const twice = scenarioNames.find((name, i) => scenarioNames.indexOf(name) !== i);
  if (twice !== undefined) throw userErrors.duplicateScenario(twice, ['scenarios', 'scenarios']);
  const selected = options.scenarios.find((s) => s.name === options.selected);
  if (!selected) throw new Error(`selected scenario ${options.selected} is not among the plan's scenarios`);
  const include = (name: SheetName) =>
    !OPTIONAL_SHEETS.includes(name) || (options.include ?? OPTIONAL_SHEETS).includes(name);
  const facts = options.facts ?? BUILTIN_FACT_SET;
  const model = modelForFacts(facts);
  const evaluation = evaluate(selected, model);
  const { years } = evaluation;
  if (options.sensitivity && options.sensitivity.scenario !== selected.name)
    throw new Error(
      `the sensitivity study is of scenario ${options.sensitivity.scenario}, not of the selected ${selected.name}`,
    );
  const sensitivity = (options.include ?? []).includes('Sensitivity')
    ? buildSensitivitySheet(options.sensitivity ?? sensitivityStudy(selected, model))
    : null;

  // Every scenario at the selected horizon: the Cover sets them side by side, the Scenarios sheet by year.
  const evaluations = options.scenarios.map((s) =>
    s === selected ? evaluation : evaluate(withHorizon(s, selected.horizon), model),
  );
  const planScenario = options.scenarios.find((s) => s.name === 'plan') ?? BUILTIN_SCENARIOS.plan;
  const planEvaluation =
    evaluations[options.scenarios.indexOf(planScenario)] ??
    evaluate(withHorizon(planScenario, selected.horizon), model);
  const competitors = include('Competitors') ? layoutCompetitors(facts) : null;
  const cover = include('Cover')
    ? buildCoverSheet(
        evaluation,
        include('Checks'),
        facts.asOf ?? facts.latest,
        evaluations,
        facts,
        options.simulation ? simulationSubject(options.simulation.result) : null,
      )
    : null;
  const layouts: SheetPlan[] = [
    ...(cover ? [cover] : []),
    buildAssumptionsSheet(options.scenarios, selected),
    ...MODEL_SHEETS.map((sheet) => buildModelSheet(sheet, evaluation, model.lines)),
    buildPlanSheet(evaluation, facts, { scenario: planScenario, evaluation: planEvaluation }, selected),
    ...(include('Checks') ? [buildChecksSheet(evaluation, model.checks)] : []),
    ...(competitors ? [competitors.sheet] : []),
    buildSourcesSheet(facts),
    ...((options.include ?? []).includes('Scenarios')
      ? [buildScenariosSheet(evaluations, selected.name)]
      : []),
    ...(sensitivity ? [sensitivity.sheet] : []),
    ...(options.simulation
      ? [buildRiskSheet(options.simulation.result, options.simulation.description)]
      : []),
  ];
  const names = [
    ...(include('Cover') ? coverNames() : []),
    ...assumptionsNames(),
    ...MODEL_SHEETS.flatMap((sheet) => modelNames(sheet, years)),
    ...sourcesNames(facts),
  ];
  const charts = [
    ...(cover ? coverCharts(cover, years) : []),
    ...modelCharts(years),
    ...(competitors ? competitors.charts : []),
    ...(sensitivity ? sensitivity.charts : []),
    ...(options.simulation ? riskCharts(options.simulation.result) : []),
  ];
  assertNamesDistinct(names);
  const sheets = layouts.map((sheet): SheetPlan => {
    const heights = wrappedRowHeights(sheet);
    return {
      ...markCrossSheetLinks(sheet, names),
      ...(heights.some((h) => h !== null) ? { rowHeights: heights } : {}),
      print: printSetupFor(sheet, selected.name, false, drawnExtent(charts, sheet.name)),
    };
  });
  return { sheets, names, charts, selectedScenario: selected.name, years };
};

/** How far a sheet's charts reach, so that its print area takes them in; null for a sheet without charts. */
function drawnExtent(charts: readonly ChartPlan[], sheet: SheetName): DrawnExtent | null {
  const ends = charts.filter((chart) => chart.sheet === sheet).map((chart) => cellPosition(chart.to));
  if (ends.length === 0) return null;
  return {
    lastRow: Math.max(...ends.map((end) => end.row)),
    lastColumn: Math.max(...ends.map((end) => end.column)),
  };
}
