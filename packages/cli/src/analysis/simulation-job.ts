import type { FactSet } from '@aifin/core';
import type { SimulationPlan, SimulationTask, SimulationTaskResult } from '@aifin/core/analysis';

/** What every simulation worker starts from (structured-cloned once): the run's plan and the facts of its model. */
export interface WorkerSetup {
  readonly plan: SimulationPlan;
  /** The facts the model rests on (`--facts`, `--as-of`): each worker compiles the same model from them. */
  readonly factSet: FactSet;
}

/** What the main thread sends a worker: one task at a time. */
export interface WorkerRequest {
  readonly task: SimulationTask;
}

/** What a worker posts back: that it is ready (its run prepared), then per task progress and its result (or why it failed). */
export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly paths: number }
  | { readonly kind: 'result'; readonly result: SimulationTaskResult }
  | { readonly kind: 'failed'; readonly message: string };
