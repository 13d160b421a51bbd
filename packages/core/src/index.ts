/**
 * @aifin/core: sourced facts about OpenAI and its competitors, the model built on them, scenarios and the
 * workbook plan. Pure: no I/O, no clock, no randomness; runs unchanged in Node and in the browser.
 */

export type { AnalysisFrame } from './analysis/analysis-frame.js';
export { analysisFrame } from './analysis/analysis-frame.js';
export type { BetaShape } from './analysis/beta-quantile.js';
export type { Distribution } from './analysis/distributions.js';
export { DISTRIBUTIONS, triangular } from './analysis/distributions.js';
export type { FactRange, QualifierSpread } from './analysis/fact-ranges.js';
export { factRanges, factsReadByModel, QUALIFIER_SPREADS } from './analysis/fact-ranges.js';
export type { CorrelationTarget } from './analysis/iman-conover.js';
export type { StratumPermutation } from './analysis/latin-hypercube.js';
export type { Marginal } from './analysis/marginal.js';
export type { Metric } from './analysis/metric.js';
export { DEFAULT_SENSITIVITY_METRICS, parseMetric, readMetric } from './analysis/metric.js';
export { MAX_SEED } from './analysis/path-stream.js';
export type { PassTally, Probe } from './analysis/radix-select.js';
export type { Axis, SensitivityGrid, Tornado, TornadoBar } from './analysis/sensitivity.js';
export { sensitivityGrid, tornado } from './analysis/sensitivity.js';
export type { SensitivityStudy, StudiedMetric } from './analysis/sensitivity-study.js';
export { GRID_STEPS, sensitivityStudy } from './analysis/sensitivity-study.js';
export type {
  PathDimension,
  PathRows,
  PercentileKey,
  PreparedComponent,
  PreparedSimulation,
  SimulatedLine,
  SimulationChunk,
  SimulationResult,
} from './analysis/simulate.js';
export {
  BLOCK_PATHS,
  mergeChunks,
  PERCENTILES,
  pathColumns,
  prepareSimulation,
  SIMULATED_LINES,
  simulateChunk,
} from './analysis/simulate.js';
export type { PassAccumulator, StreamingSimulation } from './analysis/simulate-streaming.js';
export {
  IN_MEMORY_BUDGET_BYTES,
  MAX_STREAMING_PASSES,
  recordedBytes,
  simulationMethod,
} from './analysis/simulate-streaming.js';
export type {
  Sampling,
  SimulationComponent,
  SimulationPlan,
  SimulationRequest,
  Varied,
  VariedRequest,
  VariedSlots,
} from './analysis/simulation-plan.js';
export { SAMPLINGS, simulationPlan, variedSlots } from './analysis/simulation-plan.js';
export type {
  SimulationHooks,
  SimulationProgress,
  SimulationTask,
  SimulationTaskResult,
  SimulationThreads,
} from './analysis/simulation-runner.js';
export {
  CHUNK_PATHS,
  localThreads,
  runSimulation,
  runSimulationTask,
  taskTransferables,
} from './analysis/simulation-runner.js';
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
export { BUILTIN_ORIGIN } from './facts/fact.js';
export type { FactSet } from './facts/fact-set.js';
export { BUILTIN_FACT_SET, factInUse, resolveFactSet } from './facts/fact-set.js';
export { FACTS, TIMELINE } from './facts/facts.js';
export type { FactsFileEntry } from './facts/facts-file-schema.js';
export {
  FACT_ID_PATTERN,
  FactsFileSchema,
  isIsoDate,
  MAX_FACTS_FILE_BYTES,
  METRIC_UNITS,
} from './facts/facts-file-schema.js';
export { METRIC_LABELS } from './facts/metric-labels.js';
export { parseFactsFile, parseFactsText } from './facts/parse-facts-text.js';
export type { PublicObservation } from './facts/public-fact.js';
export { PUBLIC_FACTS, PUBLIC_TIMELINE } from './facts/public-facts.js';
export { arrFactFor, factValue, findFacts, getFact } from './facts/queries.js';
export type { Article, SourceChain, WebPage } from './facts/sources.js';
export { describeSourceChain, HUXIU_2026_02_20, viaDate, viaPage } from './facts/sources.js';
export { BUILTIN_AS_OF, BUILTIN_OBSERVATIONS, BUILTIN_TIMELINE } from './facts/vintages.js';
export { actualsOf } from './model/actuals.js';
export { assertEvaluationRequest } from './model/assert-evaluation-request.js';
export {
  DEFAULT_HORIZON,
  FIRST_HISTORY_YEAR,
  FIRST_PROJECTION_YEAR,
  LAST_HISTORY_YEAR,
  MAX_HORIZON,
  MIN_HORIZON,
  modelYears,
} from './model/calendar.js';
export type { Check, CheckDef, CheckId, CheckStatus } from './model/checks.js';
export { CHECK_IDS, CHECK_RULES, CHECKS, checksFor, runChecks } from './model/checks.js';
export type {
  FactNumbers,
  FactSlot,
  LineValues,
  Model,
  ModelSpec,
  Series,
} from './model/compile-model.js';
export { compileModel } from './model/compile-model.js';
export type { ConstantDef, ConstantId } from './model/constants.js';
export { CONSTANT_IDS, CONSTANTS } from './model/constants.js';
export type { Evaluation, EvaluationRequest } from './model/evaluate.js';
export { BUILTIN_MODEL, evaluate } from './model/evaluate.js';
export type { Comparison, Expr, Node } from './model/expr.js';
export type { FormulaContext } from './model/formulas.js';
export { compileFormula } from './model/formulas.js';
export type { InputDef, InputId, InputValues, Loss2025Basis } from './model/inputs.js';
export { GAP_FUNDING_CHOICES, INPUT_IDS, INPUTS, isInputId, LOSS_2025_BASES } from './model/inputs.js';
export { LINE_IDS } from './model/line-ids.js';
export type { LineActuals, LineDef, LineId, ModelSheet } from './model/lines.js';
export {
  ARTICLE_ACTUALS,
  BUILTIN_ACTUALS,
  buildLines,
  getLine,
  LINES,
  MODEL_SHEETS,
} from './model/lines.js';
export { modelForFacts } from './model/model-for-facts.js';
export type { Scalar, ScalarFrame, ScalarOp } from './model/scalar.js';
export { evaluateScalar } from './model/scalar.js';
export type { ScalarContext } from './model/scalar-formulas.js';
export { compileScalar, NOT_REACHED } from './model/scalar-formulas.js';
export type { Summary, SummaryFigure, SummaryKey } from './model/summary.js';
export { SUMMARY_FIGURES, summarize } from './model/summary.js';
export { BUILTIN_CORRELATIONS, scenarioCorrelations } from './scenarios/builtin-correlations.js';
export { builtinScenario } from './scenarios/builtin-scenario.js';
export { BUILTIN_SCENARIOS, isBuiltinScenarioName } from './scenarios/builtins.js';
export { checkFactSetFinite } from './scenarios/check-fact-set-finite.js';
export type { Correlation } from './scenarios/correlation.js';
export { impossiblePair } from './scenarios/correlation-matrix.js';
export { parseHorizon, withHorizon } from './scenarios/horizon.js';
export type { InputDocument } from './scenarios/input-document.js';
export { describeInputs } from './scenarios/input-document.js';
export type { ChoiceInputId, InputRange, RangeRule } from './scenarios/input-ranges.js';
export { inputRanges, RANGE_RULES, rangeByRule } from './scenarios/input-ranges.js';
export { parseScenarioFile, parseScenarioText } from './scenarios/parse-scenario-text.js';
export { resolveScenario } from './scenarios/resolve-scenario.js';
export type { BuiltinScenarioName, Scenario } from './scenarios/scenario.js';
export { BUILTIN_SCENARIO_NAMES } from './scenarios/scenario.js';
export type { ScenarioFile } from './scenarios/schema.js';
export { MAX_SCENARIO_FILE_BYTES, SCENARIO_NAME_PATTERN, ScenarioFileSchema } from './scenarios/schema.js';
export { WHAT_IF_NAME, whatIfScenario } from './scenarios/what-if.js';
export type { Gw, Quantity, Ratio, Unit, UsdB, Year } from './units.js';
export { quantity, UNIT_LABELS } from './units.js';
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
export type {
  PrintField,
  PrintFooter,
  PrintMargins,
  PrintSetup,
  PrintSpan,
} from './workbook/print-setup.js';
export { headerFooterCode, SOURCE_LINE } from './workbook/print-setup.js';
export { buildRiskSheet, riskCharts } from './workbook/risk-sheet.js';
export { buildScenariosSheet, SCENARIO_LINES, SCENARIOS_CHECK_CELL } from './workbook/scenarios-sheet.js';
export type { SensitivityLayout } from './workbook/sensitivity-sheet.js';
export {
  buildSensitivitySheet,
  TORNADO_CHART_BARS,
  TORNADO_CHART_ROWS,
} from './workbook/sensitivity-sheet.js';
export type { StyleSpec } from './workbook/styles.js';
export { CELL_STYLES, UNIT_FORMATS } from './workbook/styles.js';
export { hasXmlInvalidChar, stripXmlInvalidChars } from './xml-text.js';
