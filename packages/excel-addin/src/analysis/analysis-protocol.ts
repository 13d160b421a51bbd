import type {
  Fact,
  LineActuals,
  Scenario,
  SensitivityStudy,
  SimulationResult,
  VariedSlots,
} from '@aifin/core';

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
  readonly paths: number;
  readonly seed: number;
  /** The fact numbers the worker compiles its model from. */
  readonly facts: readonly JobFact[];
  /** The history those facts give the model (`actualsOf`): an imported ARR actual rolls the model forward. */
  readonly actuals: LineActuals;
  /** The slots to vary and their ranges, chosen in the pane (`variedSlots`): the worker needs no labels or reasons. */
  readonly varied: VariedSlots;
}

/** What an analysis found: the Sensitivity and Risk sheets are built from it. */
export interface AnalysisResult {
  readonly sensitivity: SensitivityStudy;
  readonly simulation: SimulationResult;
}

/** How far a run is: the sensitivity study's steps (tornadoes and grids), then the simulation's paths. */
export interface AnalysisProgress {
  readonly stage: 'sensitivity' | 'paths';
  readonly done: number;
  readonly total: number;
}

/** What the worker sends back: progress after each step or chunk, then the result (or why it failed). */
export type AnalysisMessage =
  | ({ readonly kind: 'progress' } & AnalysisProgress)
  | { readonly kind: 'done'; readonly result: AnalysisResult }
  | { readonly kind: 'failed'; readonly message: string };

/** Paths per chunk: progress often enough for a smooth bar, few enough messages to cost nothing. */
export const PANE_CHUNK_PATHS = 1_000;
