/**
 * @aifin/core/workbook: the workbook plan and what a renderer needs to draw it — the plan's types, the named
 * styles and number formats, A1 addresses, print headers, the defined names and the text Excel accepts. The plan
 * decides every cell; a renderer (Office.js in the add-in, ExcelJS in the CLI) only writes it out.
 * @example
 * import { BUILTIN_SCENARIOS } from '@aifin/core';
 * import { buildWorkbookPlan, columnLetter } from '@aifin/core/workbook';
 * const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'base' });
 * columnLetter(27); // 'AA'
 * @packageDocumentation
 */

export type { Distribution } from './analysis/distributions.js';
export type { Metric } from './analysis/metric.js';
export type { Axis, SensitivityGrid, Tornado, TornadoBar } from './analysis/sensitivity.js';
export type { SensitivityStudy, StudiedMetric } from './analysis/sensitivity-study.js';
export type { PercentileKey, SimulatedLine, SimulationResult } from './analysis/simulate.js';
export { PERCENTILES, SIMULATED_LINES } from './analysis/simulate.js';
export type { Sampling } from './analysis/simulation-plan.js';
export type { Company, Confidence, Fact, FactId, MetricKind, Observation, Qualifier } from './facts/fact.js';
export type { FactSet } from './facts/fact-set.js';
export type { Article, SourceChain, WebPage } from './facts/sources.js';
export type { InputId, InputValues } from './model/inputs.js';
export { INPUT_IDS } from './model/inputs.js';
export type { LineId } from './model/line-ids.js';
export { LINE_IDS } from './model/line-ids.js';
export type { Summary, SummaryKey } from './model/summary.js';
export type { Correlation } from './scenarios/correlation.js';
export type { InputRange } from './scenarios/input-ranges.js';
export type { BuiltinScenarioName, Scenario } from './scenarios/scenario.js';
export { BUILTIN_SCENARIO_NAMES } from './scenarios/scenario.js';
export type { Unit } from './units.js';
export { columnLetter, qualified } from './workbook/address.js';
export type { WorkbookPlanOptions } from './workbook/build-workbook-plan.js';
export { ANALYSIS_SHEETS, buildWorkbookPlan, OPTIONAL_SHEETS } from './workbook/build-workbook-plan.js';
export { factName, inputName, lineName, SELECTED_SCENARIO_NAME, YEARS_NAME } from './workbook/names.js';
export type {
  Cell,
  CellStyle,
  ChartPlan,
  ChartSeriesPlan,
  ColorScale,
  DefinedName,
  FormulaCell,
  ListValidation,
  NumberCell,
  SheetName,
  SheetPlan,
  TextCell,
  WorkbookPlan,
} from './workbook/plan.js';
export { SHEET_NAMES } from './workbook/plan.js';
export type { PrintField, PrintFooter, PrintMargins, PrintSetup, PrintSpan } from './workbook/print-setup.js';
export { headerFooterCode } from './workbook/print-setup.js';
export { SCENARIOS_CHECK_CELL } from './workbook/scenarios-sheet.js';
export type { StyleSpec } from './workbook/styles.js';
export { CELL_STYLES, UNIT_FORMATS } from './workbook/styles.js';
export { hasXmlInvalidChar, stripXmlInvalidChars } from './xml-text.js';
