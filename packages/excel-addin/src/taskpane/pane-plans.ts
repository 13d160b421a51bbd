import {
  ANALYSIS_SHEETS,
  buildWorkbookPlan,
  type FactSet,
  OPTIONAL_SHEETS,
  type Scenario,
  type SheetName,
  WHAT_IF_NAME,
  type WorkbookPlan,
} from '@aifin/core';
import type { AnalysisResult } from '../analysis/analysis-protocol.js';

/** What every plan the pane builds starts from. */
export interface PaneChoice {
  /** Every scenario the picker offers (built-ins, then imported files). */
  readonly scenarios: readonly Scenario[];
  /** The chosen scenario over the chosen horizon. */
  readonly effective: Scenario;
  readonly included: ReadonlySet<SheetName>;
  readonly facts: FactSet;
}

/** The optional sheets the user ticked, in the plan's order. */
function optionalSheets(included: ReadonlySet<SheetName>): SheetName[] {
  return OPTIONAL_SHEETS.filter((sheet) => included.has(sheet));
}

/** The scenarios as columns, with the chosen one at the chosen horizon and no what-if column. */
function columns(choice: PaneChoice): Scenario[] {
  return choice.scenarios
    .filter((s) => s.name !== WHAT_IF_NAME)
    .map((s) => (s.name === choice.effective.name ? choice.effective : s));
}

/**
 * "Build model": every scenario as a column, the chosen one live at the chosen horizon.
 * @example operations.buildModel(modelPlan({ scenarios, effective, included, facts }))
 */
export function modelPlan(choice: PaneChoice): WorkbookPlan {
  return buildWorkbookPlan({
    scenarios: choice.scenarios.map((s) => (s.name === choice.effective.name ? choice.effective : s)),
    selected: choice.effective.name,
    include: optionalSheets(choice.included),
    facts: choice.facts,
  });
}

/**
 * "Build this" of the what-if panel: the what-if column beside the scenarios it came from, and live. An imported
 * file named like the what-if column gives way.
 * @example whatIfPlan({ scenarios, effective, included, facts }, whatIfScenario(effective, changes))
 */
export function whatIfPlan(choice: PaneChoice, whatIf: Scenario): WorkbookPlan {
  return buildWorkbookPlan({
    scenarios: [...columns(choice), whatIf],
    selected: WHAT_IF_NAME,
    include: optionalSheets(choice.included),
    facts: choice.facts,
  });
}

/**
 * "Build with analysis sheets": the previewed scenario (the what-if one, or the chosen one) live, the others beside
 * it, and the Scenarios, Sensitivity and Risk sheets from what the worker found.
 * @example analysisPlan({ scenarios, effective, included, facts }, previewed, result)
 */
export function analysisPlan(choice: PaneChoice, shown: Scenario, analysed: AnalysisResult): WorkbookPlan {
  const others = columns(choice);
  return buildWorkbookPlan({
    scenarios: shown.name === WHAT_IF_NAME ? [...others, shown] : others,
    selected: shown.name,
    include: [...optionalSheets(choice.included), ...ANALYSIS_SHEETS],
    facts: choice.facts,
    sensitivity: analysed.sensitivity,
    simulation: {
      result: analysed.simulation,
      description: "PERT draws in the task pane; facts within their qualifier's spread",
    },
  });
}
