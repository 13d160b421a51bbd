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

export type { Distribution } from './analysis/distributions.js';
export { DISTRIBUTIONS } from './analysis/distributions.js';
export type { Metric } from './analysis/metric.js';
export { DEFAULT_SENSITIVITY_METRICS, parseMetric } from './analysis/metric.js';
export { MAX_SEED } from './analysis/path-stream.js';
export type { Axis, SensitivityGrid, Tornado, TornadoBar } from './analysis/sensitivity.js';
export { sensitivityGrid, tornado } from './analysis/sensitivity.js';
export type { SensitivityStudy, StudiedMetric } from './analysis/sensitivity-study.js';
export { sensitivityStudy } from './analysis/sensitivity-study.js';
export type {
  PathRows,
  PercentileKey,
  PreparedSimulation,
  SimulatedLine,
  SimulationResult,
} from './analysis/simulate.js';
export { PERCENTILES, pathColumns, prepareSimulation, SIMULATED_LINES } from './analysis/simulate.js';
export { IN_MEMORY_BUDGET_BYTES, MAX_STREAMING_PASSES } from './analysis/simulate-streaming.js';
export type { Sampling, SimulationPlan, SimulationRequest } from './analysis/simulation-plan.js';
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
export { analysisErrors } from './errors/analysis-messages.js';
