import type { Distribution, FactSet, Scenario } from '@aifin/core';

/** One share of a simulation's paths, as the main thread hands it to a worker (structured-cloned). */
export interface SimulationShare {
  readonly scenario: Scenario;
  /** The facts the model rests on (`--facts`, `--as-of`): each worker compiles the same model from them. */
  readonly factSet: FactSet;
  readonly holdFacts: boolean;
  readonly distribution: Distribution;
  readonly seed: number;
  readonly start: number;
  readonly count: number;
}

/** Paths per chunk: small enough for a smooth progress bar, large enough that messages cost nothing. */
export const CHUNK_PATHS = 5_000;
