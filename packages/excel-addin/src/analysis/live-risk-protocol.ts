import type { SimulationResult } from '@aifin/core';
import type { AnalysisJob } from './analysis-protocol.js';

/**
 * What the pane asks its live-risk worker for: a simulation of the job's plan (no sensitivity study), numbered by
 * `generation`. Numbers only grow, so the worker and the pane both know a request is obsolete once a higher one
 * exists: the worker stops it between chunks, the pane drops its result.
 */
export interface LiveRiskRequest {
  readonly kind: 'live';
  readonly generation: number;
  readonly job: AnalysisJob;
}

/** What the live-risk worker answers: the run's result, or why it failed. A superseded run sends nothing. */
export type LiveRiskMessage =
  | { readonly kind: 'live-done'; readonly generation: number; readonly simulation: SimulationResult }
  | { readonly kind: 'live-failed'; readonly generation: number; readonly message: string };

/**
 * The live bands' run: 10,000 Latin hypercube paths, enough for steady P5–P95 bands, few enough that a worker
 * finishes one in about a tenth of a second.
 */
export const LIVE_PATHS = 10_000;

/** A fixed seed, so the live bands move only when the inputs move. */
export const LIVE_SEED = 1;
