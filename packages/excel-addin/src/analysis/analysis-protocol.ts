import type { Fact, LineActuals, Scenario, SensitivityStudy, SimulationResult } from '@aifin/core';
import type { SimulationPlan } from '@aifin/core/analysis';

/** What the worker needs of a fact: its numbers (to compile the model) and its qualifier (to draw it). */
export type JobFact = Pick<Fact, 'id' | 'kind' | 'qualifier' | 'value' | 'year'>;

/** The facts as a job carries them: the labels and source chains stay out of the worker's bundle. */
export const jobFacts = (facts: readonly Fact[]): readonly JobFact[] =>
  facts.map(({ id, kind, qualifier, value, year }) => ({ id, kind, qualifier, value, year }));

/**
 * What the pane asks its analysis worker for (structured-cloned into the worker): the scenario's sensitivity study
 * (tornadoes and grids), then a simulation of its paths.
 */
export interface AnalysisJob {
  readonly scenario: Scenario;
  /** The fact numbers the worker compiles its model from. */
  readonly facts: readonly JobFact[];
  /** The history those facts give the model (`actualsOf`): an imported ARR actual rolls the model forward. */
  readonly actuals: LineActuals;
  /**
   * The simulation's plan (paths, seed, sampling, the slots to vary, correlations), made in the pane with core's
   * `simulationPlan`: the worker needs no labels or reasons.
   */
  readonly plan: SimulationPlan;
}

/** What an analysis found: the Sensitivity and Risk sheets are built from it. */
export interface AnalysisResult {
  readonly sensitivity: SensitivityStudy;
  readonly simulation: SimulationResult;
}

/**
 * How far a run is: the sensitivity study's steps (tornadoes and grids), then the simulation's paths. A large run
 * streams in passes over the paths (`pass` from 1; each pass counts its paths from 0 again); 0 for the study and for
 * a run that keeps every path's values in one go.
 */
export interface AnalysisProgress {
  readonly stage: 'sensitivity' | 'paths';
  readonly done: number;
  readonly total: number;
  readonly pass: number;
}

/** What the worker sends back: progress after each step or chunk, then the result (or why it failed). */
export type AnalysisMessage =
  | ({ readonly kind: 'progress' } & AnalysisProgress)
  | { readonly kind: 'done'; readonly result: AnalysisResult }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The most the pane's worker keeps in memory for a simulation: 64 MiB of recorded values, about 148,000 paths at
 * the default horizon (452 bytes a path). Larger runs stream in 2–4 passes with memory bounded by the lines and
 * years (core's runner streams in passes): slower by about 2.3×, but a browser tab in Excel on the web is a poor place
 * for the 450 MB that a million kept paths would take. The result is the same either way.
 */
export const PANE_IN_MEMORY_BUDGET_BYTES = 64 * 1024 * 1024;
