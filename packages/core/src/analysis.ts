/**
 * @aifin/core/analysis: the sensitivity analyses and the simulation runner, with what a worker thread runs. Core
 * owns the use-case (plan, chunks, passes, merging); a shell plugs in its threads — Node's `worker_threads`, a
 * browser's Web Worker — each of which prepares the same plan and runs `runSimulationTask` on it.
 * @example
 * // In a worker: the same plan, prepared once, then one task per message.
 * import { modelForFacts } from '@aifin/core';
 * import { prepareSimulation, runSimulationTask, taskTransferables } from '@aifin/core/analysis';
 * const prepared = prepareSimulation(modelForFacts(facts), plan);
 * const result = runSimulationTask(prepared, task);
 * postMessage(result, taskTransferables(result));
 * @packageDocumentation
 */

export type { AnalysisFrame } from './analysis/analysis-frame.js';
export type { BetaShape } from './analysis/beta-quantile.js';
export type { Distribution } from './analysis/distributions.js';
export { DISTRIBUTIONS } from './analysis/distributions.js';
export type { CorrelationTarget } from './analysis/iman-conover.js';
export type { StratumPermutation } from './analysis/latin-hypercube.js';
export type { Marginal } from './analysis/marginal.js';
export type { Metric } from './analysis/metric.js';
export { DEFAULT_SENSITIVITY_METRICS, parseMetric } from './analysis/metric.js';
export { MAX_SEED } from './analysis/path-stream.js';
export type { BracketPlan, BracketTally } from './analysis/percentile-brackets.js';
export type { PassTally, Probe } from './analysis/radix-select.js';
export type { Axis, SensitivityGrid, Tornado, TornadoBar } from './analysis/sensitivity.js';
export { sensitivityGrid, tornado } from './analysis/sensitivity.js';
export type { SensitivityStudy, StudiedMetric } from './analysis/sensitivity-study.js';
export { sensitivityStudy } from './analysis/sensitivity-study.js';
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
export { PERCENTILES, pathColumns, prepareSimulation, SIMULATED_LINES } from './analysis/simulate.js';
export type { BracketAccumulator, PassAccumulator } from './analysis/simulate-streaming.js';
export { IN_MEMORY_BUDGET_BYTES, MAX_STREAMING_PASSES } from './analysis/simulate-streaming.js';
export type {
  Sampling,
  SimulationComponent,
  SimulationPlan,
  SimulationRequest,
  Varied,
  VariedSlots,
} from './analysis/simulation-plan.js';
export { SAMPLINGS, simulationPlan } from './analysis/simulation-plan.js';
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
// The class, not only its type: a worker's caller tells a user's error from a crash with `instanceof`.
export { AifinError } from './errors/aifin-error.js';
export { analysisErrors } from './errors/analysis-messages.js';
export type { Company, Confidence, Fact, FactId, MetricKind, Qualifier } from './facts/fact.js';
export type { Article, SourceChain, WebPage } from './facts/sources.js';
export type { CheckDef, CheckId } from './model/checks.js';
export { CHECK_IDS } from './model/checks.js';
export type { FactSlot, LineValues, Model, Series } from './model/compile-model.js';
export type { ConstantId } from './model/constants.js';
export { CONSTANT_IDS } from './model/constants.js';
export type { EvaluationRequest } from './model/evaluate.js';
export type { Comparison, Node } from './model/expr.js';
export type { InputId, InputValues } from './model/inputs.js';
export { INPUT_IDS } from './model/inputs.js';
export type { LineId } from './model/line-ids.js';
export { LINE_IDS } from './model/line-ids.js';
export type { LineDef, ModelSheet } from './model/lines.js';
export { MODEL_SHEETS } from './model/lines.js';
export type { Scalar, ScalarFrame, ScalarOp } from './model/scalar.js';
export type { Summary, SummaryKey } from './model/summary.js';
export type { Correlation } from './scenarios/correlation.js';
export type { InputRange } from './scenarios/input-ranges.js';
export type { BuiltinScenarioName, Scenario } from './scenarios/scenario.js';
export { BUILTIN_SCENARIO_NAMES } from './scenarios/scenario.js';
export type { Unit } from './units.js';
