import type { Fact, Scenario, SimulationResult, VariedSlots } from '@aifin/core';

/** What the worker needs of a fact: its numbers (to compile the model) and its qualifier (to draw it). */
export type JobFact = Pick<Fact, 'id' | 'kind' | 'qualifier' | 'value' | 'year'>;

/** The facts as a job carries them: the labels and source chains stay out of the worker's bundle. */
export const jobFacts = (facts: readonly Fact[]): readonly JobFact[] =>
  facts.map(({ id, kind, qualifier, value, year }) => ({ id, kind, qualifier, value, year }));

/** What the pane asks its simulation worker for (structured-cloned into the worker). */
export interface SimulationJob {
  readonly scenario: Scenario;
  readonly paths: number;
  readonly seed: number;
  /** The fact numbers the worker compiles its model from. */
  readonly facts: readonly JobFact[];
  /** The slots to vary and their ranges, chosen in the pane (`variedSlots`): the worker needs no labels or reasons. */
  readonly varied: VariedSlots;
}

/** What the worker sends back: progress after each chunk, then the result (or why it failed). */
export type SimulationMessage =
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'done'; readonly result: SimulationResult }
  | { readonly kind: 'failed'; readonly message: string };

/** Paths per chunk: progress often enough for a smooth bar, few enough messages to cost nothing. */
export const PANE_CHUNK_PATHS = 1_000;
