/**
 * @aifin/core: sourced facts about OpenAI and its competitors, the model built on them, scenarios and the
 * workbook plan. Pure: no I/O, no clock, no randomness; runs unchanged in Node and in the browser.
 */
export type { AifinErrorCode } from './errors/aifin-error.js';
export { AifinError } from './errors/aifin-error.js';
export { escapeForTerminal } from './errors/escape-for-terminal.js';
export { userErrors } from './errors/messages.js';
export type { Company, Fact, FactId, MetricKind, Qualifier, TimelineEvent } from './facts/fact.js';
export { FACTS, TIMELINE } from './facts/facts.js';
export { arrFactFor, factValue, findFacts, getFact } from './facts/queries.js';
export type { Article, SourceChain } from './facts/sources.js';
export { describeSourceChain, HUXIU_2026_02_20 } from './facts/sources.js';
export {
  DEFAULT_HORIZON,
  FIRST_HISTORY_YEAR,
  FIRST_PROJECTION_YEAR,
  LAST_HISTORY_YEAR,
  MAX_HORIZON,
  MIN_HORIZON,
  modelYears,
} from './model/calendar.js';
export type { Check, CheckId, CheckStatus } from './model/checks.js';
export { CHECK_IDS, CHECK_RULES, runChecks } from './model/checks.js';
export type { Evaluation } from './model/evaluate.js';
export { evaluate } from './model/evaluate.js';
export type { LineValues, Series } from './model/evaluate-lines.js';
export { evaluateLines } from './model/evaluate-lines.js';
export type { Expr, Node } from './model/expr.js';
export type { FormulaContext } from './model/formulas.js';
export { compileFormula } from './model/formulas.js';
export type { InputDef, InputId, InputValues } from './model/inputs.js';
export { INPUT_IDS, INPUTS, isInputId } from './model/inputs.js';
export type { LineDef, LineId, ModelSheet } from './model/lines.js';
export { getLine, LINE_IDS, LINES } from './model/lines.js';
export type { Summary } from './model/summary.js';
export { summarize } from './model/summary.js';
export { assertScenario } from './scenarios/assert-scenario.js';
export { builtinScenario } from './scenarios/builtin-scenario.js';
export { BUILTIN_SCENARIOS, isBuiltinScenarioName } from './scenarios/builtins.js';
export { parseHorizon, withHorizon } from './scenarios/horizon.js';
export { parseScenarioText } from './scenarios/parse-scenario-text.js';
export { resolveScenario } from './scenarios/resolve-scenario.js';
export type { BuiltinScenarioName, Scenario } from './scenarios/scenario.js';
export { BUILTIN_SCENARIO_NAMES } from './scenarios/scenario.js';
export type { ScenarioFile } from './scenarios/schema.js';
export { MAX_SCENARIO_FILE_BYTES, SCENARIO_NAME_PATTERN, ScenarioFileSchema } from './scenarios/schema.js';
export { hasXmlInvalidChar, stripXmlInvalidChars } from './scenarios/xml-text.js';
export type { Gw, Quantity, Ratio, Unit, UsdB, Year } from './units.js';
export { quantity, UNIT_LABELS } from './units.js';
export { columnLetter, qualified } from './workbook/address.js';
export type { WorkbookPlanOptions } from './workbook/build-workbook-plan.js';
export { buildWorkbookPlan, OPTIONAL_SHEETS } from './workbook/build-workbook-plan.js';
export { factName, inputName, lineName, SELECTED_SCENARIO_NAME, YEARS_NAME } from './workbook/names.js';
export type {
  Cell,
  CellStyle,
  ChartPlan,
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
export type { StyleSpec } from './workbook/styles.js';
export { CELL_STYLES, UNIT_FORMATS } from './workbook/styles.js';
