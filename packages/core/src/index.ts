/**
 * @aifin/core: sourced facts about OpenAI and its competitors, the model built on them, scenarios, the analyses and
 * the workbook plan. Pure: no I/O, no clock, no randomness; runs unchanged in Node and in the browser.
 *
 * The main entry is what a consumer needs end to end: facts, scenarios, `evaluate` and `compileModel`, the
 * sensitivity analyses, `buildWorkbookPlan` and the typed errors. The other entries serve narrower needs:
 * `@aifin/core/analysis` (the simulation: its plan, its runner and what a worker thread runs; a shell plugs its
 * threads in there), `@aifin/core/workbook` (what a renderer needs to draw a plan) and `@aifin/core/errors` (the
 * error vocabulary alone, for a start-up path that must not load the model).
 * @example
 * import { BUILTIN_SCENARIOS, evaluate } from '@aifin/core';
 * const base = evaluate(BUILTIN_SCENARIOS.base);
 * @packageDocumentation
 */

export type { Distribution } from './analysis/distributions.js';
export type { Metric } from './analysis/metric.js';
export { DEFAULT_SENSITIVITY_METRICS, parseMetric } from './analysis/metric.js';
export type { Axis, SensitivityGrid, Tornado, TornadoBar } from './analysis/sensitivity.js';
export { sensitivityGrid, tornado } from './analysis/sensitivity.js';
export type { SensitivityStudy, StudiedMetric } from './analysis/sensitivity-study.js';
export { sensitivityStudy } from './analysis/sensitivity-study.js';
export type { PercentileKey, SimulatedLine, SimulationResult } from './analysis/simulate.js';
export { PERCENTILES, SIMULATED_LINES } from './analysis/simulate.js';
export type { Sampling } from './analysis/simulation-plan.js';
export type { AifinErrorCode } from './errors/aifin-error.js';
export { AifinError } from './errors/aifin-error.js';
export { analysisErrors } from './errors/analysis-messages.js';
export { escapeForTerminal } from './errors/escape-for-terminal.js';
export { userErrors } from './errors/messages.js';
export { parseAsOf } from './facts/as-of.js';
export type {
  Company,
  Confidence,
  Fact,
  FactId,
  MetricKind,
  Observation,
  Qualifier,
  TimelineEvent,
} from './facts/fact.js';
export type { FactSet } from './facts/fact-set.js';
export { BUILTIN_FACT_SET, resolveFactSet } from './facts/fact-set.js';
export { FACTS, TIMELINE } from './facts/facts.js';
export { MAX_FACTS_FILE_BYTES } from './facts/facts-file-schema.js';
export { parseFactsFile, parseFactsText } from './facts/parse-facts-text.js';
export { factValue, findFacts, getFact } from './facts/queries.js';
export type { Article, SourceChain, WebPage } from './facts/sources.js';
export { describeSourceChain, viaDate } from './facts/sources.js';
export { BUILTIN_OBSERVATIONS } from './facts/vintages.js';
export { actualsOf } from './model/actuals.js';
export { DEFAULT_HORIZON, FIRST_PROJECTION_YEAR, MAX_HORIZON, MIN_HORIZON } from './model/calendar.js';
export type { Check, CheckDef, CheckId, CheckStatus } from './model/checks.js';
export { CHECK_IDS, checksFor } from './model/checks.js';
export type { FactNumbers, FactSlot, LineValues, Model, ModelSpec, Series } from './model/compile-model.js';
export { compileModel } from './model/compile-model.js';
export type { ConstantId } from './model/constants.js';
export { CONSTANT_IDS } from './model/constants.js';
export type { Evaluation, EvaluationRequest } from './model/evaluate.js';
export { BUILTIN_MODEL, evaluate } from './model/evaluate.js';
export type { Comparison, Node } from './model/expr.js';
export type { InputDef, InputId, InputValues } from './model/inputs.js';
export { INPUT_IDS, INPUTS, isInputId } from './model/inputs.js';
export { LINE_IDS } from './model/line-ids.js';
export type { LineActuals, LineDef, LineId, ModelSheet } from './model/lines.js';
export { buildLines, getLine, LINES, MODEL_SHEETS } from './model/lines.js';
export { modelForFacts } from './model/model-for-facts.js';
export type { Scalar, ScalarFrame, ScalarOp } from './model/scalar.js';
export { NOT_REACHED } from './model/scalar-formulas.js';
export type { Summary, SummaryFigure, SummaryKey } from './model/summary.js';
export { SUMMARY_FIGURES } from './model/summary.js';
export { builtinScenario } from './scenarios/builtin-scenario.js';
export { BUILTIN_SCENARIOS, isBuiltinScenarioName } from './scenarios/builtins.js';
export { checkFactSetFinite } from './scenarios/check-fact-set-finite.js';
export type { Correlation } from './scenarios/correlation.js';
export { parseHorizon, withHorizon } from './scenarios/horizon.js';
export type { InputDocument } from './scenarios/input-document.js';
export { describeInputs } from './scenarios/input-document.js';
export type { InputRange } from './scenarios/input-ranges.js';
export { inputRanges } from './scenarios/input-ranges.js';
export { parseScenarioFile, parseScenarioText } from './scenarios/parse-scenario-text.js';
export type { BuiltinScenarioName, Scenario } from './scenarios/scenario.js';
export { BUILTIN_SCENARIO_NAMES } from './scenarios/scenario.js';
export { MAX_SCENARIO_FILE_BYTES } from './scenarios/schema.js';
export { WHAT_IF_NAME, whatIfScenario } from './scenarios/what-if.js';
export type { Gw, Quantity, Ratio, Unit, UsdB, Year } from './units.js';
export { UNIT_LABELS } from './units.js';
export type { WorkbookPlanOptions } from './workbook/build-workbook-plan.js';
export { ANALYSIS_SHEETS, buildWorkbookPlan, OPTIONAL_SHEETS } from './workbook/build-workbook-plan.js';
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
