import type { Distribution, FactSet, PassAccumulator, Probe, Scenario } from '@aifin/core';

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

/** A share of one pass of a streaming simulation: what to gather, and where each column's value sits. */
export interface StreamingShare extends SimulationShare {
  readonly probes: readonly Probe[];
  readonly offsets: Int32Array;
}

/** What a streaming share's worker posts: paths done after each chunk, then its accumulator once. */
export type StreamingMessage =
  | { readonly kind: 'progress'; readonly paths: number }
  | { readonly kind: 'accumulator'; readonly accumulator: PassAccumulator };

/** Paths per chunk: small enough for a smooth progress bar, large enough that messages cost nothing. */
export const CHUNK_PATHS = 5_000;

/** The buffers of an accumulator, to transfer rather than copy. */
export const accumulatorBuffers = (acc: PassAccumulator): ArrayBuffer[] =>
  [
    ...acc.tally.histograms,
    ...acc.tally.collected,
    acc.tally.filled,
    acc.tally.ends,
    acc.tally.columnStart,
    acc.tally.columnProbes,
    acc.runwayEndCounts,
    acc.breakevenCounts,
  ]
    .filter((a) => a !== null)
    .map((a) => a.buffer as ArrayBuffer);
