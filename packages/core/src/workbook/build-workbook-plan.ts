import type { SimulationResult } from '../analysis/simulate.js';
import { evaluate } from '../model/evaluate.js';
import { withHorizon } from '../scenarios/horizon.js';
import type { Scenario } from '../scenarios/scenario.js';
import { assumptionsNames, buildAssumptionsSheet } from './assumptions-sheet.js';
import { buildChecksSheet } from './checks-sheet.js';
import { coverCharts } from './cover-charts.js';
import { buildCoverSheet, coverNames } from './cover-sheet.js';
import { markCrossSheetLinks } from './link-styles.js';
import { buildModelSheet, modelCharts, modelNames } from './model-sheets.js';
import type { SheetName, SheetPlan, WorkbookPlan } from './plan.js';
import { printSetupFor } from './print-setup.js';
import { buildRiskSheet, riskCharts } from './risk-sheet.js';
import { buildScenariosSheet } from './scenarios-sheet.js';
import { buildSensitivitySheet } from './sensitivity-sheet.js';
import { buildSourcesSheet, sourcesNames } from './sources-sheet.js';

/** Sheets a user may leave out; the others hold the model itself and are always built. */
export const OPTIONAL_SHEETS: readonly SheetName[] = ['Cover', 'Checks'];

/** Analysis sheets: built only when `include` names them (`aifin export` does). */
export const ANALYSIS_SHEETS: readonly SheetName[] = ['Scenarios', 'Sensitivity'];

export interface WorkbookPlanOptions {
  /** The scenarios that get a column on the Assumptions sheet, in order. */
  readonly scenarios: readonly Scenario[];
  /** The one the live column follows; its horizon sets the year columns. Must be among `scenarios`. */
  readonly selected: string;
  /** Optional sheets to build (default: all of `OPTIONAL_SHEETS`); analysis sheets only when named here. */
  readonly include?: readonly SheetName[];
  /** A simulation of the selected scenario, run by the caller (a shell with threads): adds the Risk sheet. */
  readonly simulation?: { readonly result: SimulationResult; readonly description: string };
}

/**
 * Describes the whole workbook for the selected scenario: sheets, cells, formulas, formats, names and charts.
 * @example buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'base' })
 */
export const buildWorkbookPlan = (options: WorkbookPlanOptions): WorkbookPlan => {
  const selected = options.scenarios.find((s) => s.name === options.selected);
  if (!selected) throw new Error(`selected scenario ${options.selected} is not among the plan's scenarios`);
  const include = (name: SheetName) =>
    !OPTIONAL_SHEETS.includes(name) || (options.include ?? OPTIONAL_SHEETS).includes(name);
  const evaluation = evaluate(selected);
  const { years } = evaluation;

  const cover = include('Cover') ? buildCoverSheet(evaluation, include('Checks')) : null;
  const layouts: SheetPlan[] = [
    ...(cover ? [cover] : []),
    buildAssumptionsSheet(options.scenarios, selected),
    buildModelSheet('Revenue Mix', evaluation),
    buildModelSheet('Loss Model', evaluation),
    ...(include('Checks') ? [buildChecksSheet(evaluation)] : []),
    buildSourcesSheet(),
    ...((options.include ?? []).includes('Scenarios')
      ? [
          buildScenariosSheet(
            options.scenarios.map((s) => evaluate(withHorizon(s, selected.horizon))),
            selected.name,
          ),
        ]
      : []),
    ...((options.include ?? []).includes('Sensitivity') ? [buildSensitivitySheet(selected)] : []),
    ...(options.simulation
      ? [buildRiskSheet(options.simulation.result, options.simulation.description)]
      : []),
  ];
  const names = [
    ...(include('Cover') ? coverNames() : []),
    ...assumptionsNames(),
    ...modelNames('Revenue Mix', years),
    ...modelNames('Loss Model', years),
    ...sourcesNames(),
  ];
  const sheets = layouts.map(
    (sheet): SheetPlan => ({
      ...markCrossSheetLinks(sheet, names),
      print: printSetupFor(sheet, selected.name, sheet.name === 'Cover'),
    }),
  );
  return {
    sheets,
    names,
    charts: [
      ...(cover ? coverCharts(cover, years) : []),
      ...modelCharts(years),
      ...(options.simulation ? riskCharts(options.simulation.result) : []),
    ],
    selectedScenario: selected.name,
    years,
  };
};
