import { normalQuantile } from '../internal/analysis/normal-quantile.js';
import { orderOf } from '../internal/analysis/order-of.js';
import { cholesky } from '../internal/scenarios/correlation-matrix.js';
import { next32, seedPathStream } from './path-stream.js';

/**
 * Iman and Conover's method (1982): rearranges a sample's columns so that their rank correlations approach a
 * target, without changing any column's values. Scores with the target's correlation are built from van der
 * Waerden scores (randomly permuted per column, then decorrelated and re-correlated with Cholesky factors), and
 * each column's values are reordered to follow its scores' ranks. Applied here to the paths' uniforms, block by
 * block: each input keeps its exact distribution (and its Latin hypercube strata), and a block's result depends
 * only on its own paths, so it is the same in any worker.
 */

/** The inputs to correlate (their dimensions in a path's uniforms) and the lower Cholesky factor of the target. */
export interface CorrelationTarget {
  readonly dims: Int32Array;
  readonly factor: Float64Array;
}

/** Fewer paths than this in a group are left as drawn: too few to estimate and impose a correlation from. */
export const MIN_CORRELATED_PATHS = 16;

let cachedScores = new Float64Array(0);

/**
 * Scratch reused from block to block (grown when a block needs more): a block allocates nothing, so correlating
 * paths adds no garbage to collect. Calls never interleave (a thread runs one block at a time).
 */
const scratch = {
  stream: new Uint32Array(4),
  columns: new Float64Array(0),
  targetScores: new Float64Array(0),
  values: new Float64Array(0),
  valueOrder: new Int32Array(0),
  rowOrder: new Int32Array(0),
  counts: new Int32Array(0),
};

function ensureScratch(k: number, m: number): typeof scratch {
  if (scratch.columns.length < k * m) {
    scratch.columns = new Float64Array(k * m);
    scratch.targetScores = new Float64Array(k * m);
  }
  if (scratch.values.length < m) {
    scratch.values = new Float64Array(m);
    scratch.valueOrder = new Int32Array(m);
    scratch.rowOrder = new Int32Array(m);
    scratch.counts = new Int32Array(m + 2);
  }
  return scratch;
}

/** Φ⁻¹(r / (m + 1)), r = 1 … m: the same for every block of m paths, so made once per size. */
function vanDerWaerdenScores(m: number): Float64Array {
  if (cachedScores.length !== m) {
    cachedScores = new Float64Array(m);
    for (let r = 0; r < m; r++) cachedScores[r] = normalQuantile((r + 1) / (m + 1));
  }
  return cachedScores;
}

function forwardSubstitute(l: Float64Array, k: number, b: Float64Array, out: Float64Array): void {
  for (let i = 0; i < k; i++) {
    let s = b[i] as number;
    for (let p = 0; p < i; p++) s -= (l[i * k + p] as number) * (out[p] as number);
    const d = l[i * k + i] as number;
    out[i] = d === 0 ? 0 : s / d;
  }
}

/**
 * Reorders, within the rows `rows` of `uniforms` (a row per path, `stride` numbers each), the columns `target.dims`
 * so their rank correlations approach the target. `key` (the seed, the block, the group) seeds the score
 * permutations. Reuses its scratch: allocates nothing per block but the small k × k matrices.
 * @example imposeRankCorrelation(uniforms, stride, rows, m, target, seed, block * 8 + component)
 */
export function imposeRankCorrelation(
  uniforms: Float64Array,
  stride: number,
  rows: Int32Array,
  m: number,
  target: CorrelationTarget,
  seed: number,
  key: number,
): void {
  const k = target.dims.length;
  if (m < MIN_CORRELATED_PATHS || k < 2) return;
  const scores = vanDerWaerdenScores(m);
  const { stream, columns, targetScores, values, valueOrder, rowOrder, counts } = ensureScratch(k, m);
  // Columns of permuted scores, each by its own Fisher–Yates shuffle.
  for (let j = 0; j < k; j++) {
    const column = columns.subarray(j * m, (j + 1) * m);
    column.set(scores);
    seedPathStream(stream, seed ^ 0x2545_f491, key * 64 + j);
    for (let i = m - 1; i > 0; i--) {
      const swap = Math.floor((next32(stream) / 4_294_967_296) * (i + 1));
      const t = column[i] as number;
      column[i] = column[swap] as number;
      column[swap] = t;
    }
  }
  // The scores' own correlation (every column has the same values, so the same mean 0 and sum of squares).
  let squares = 0;
  for (let r = 0; r < m; r++) squares += (scores[r] as number) ** 2;
  const e = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let r = 0; r < m; r++) s += (columns[i * m + r] as number) * (columns[j * m + r] as number);
      e[i * k + j] = s / squares;
      e[j * k + i] = s / squares;
    }
  const own = cholesky(e, k);
  if (!own.ok) return;
  // Row by row: z = Q⁻¹ x (uncorrelated), then t = P z (the target's correlation).
  const x = new Float64Array(k);
  const z = new Float64Array(k);
  const p = target.factor;
  for (let r = 0; r < m; r++) {
    for (let j = 0; j < k; j++) x[j] = columns[j * m + r] as number;
    forwardSubstitute(own.factor, k, x, z);
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s += (p[i * k + j] as number) * (z[j] as number);
      targetScores[i * m + r] = s;
    }
  }
  // Each column's values, in ascending order, go to the rows in the order of that column's target scores. Both
  // orders come from a bucket sort (uniforms over [0, 1), scores over a normal's ±6): linear in the block's paths.
  for (let j = 0; j < k; j++) {
    const dim = target.dims[j] as number;
    for (let r = 0; r < m; r++) values[r] = uniforms[(rows[r] as number) * stride + dim] as number;
    orderOf(values, m, 0, 1, valueOrder, counts);
    orderOf(targetScores.subarray(j * m, (j + 1) * m), m, -6, 6, rowOrder, counts);
    for (let r = 0; r < m; r++)
      uniforms[(rows[rowOrder[r] as number] as number) * stride + dim] = values[
        valueOrder[r] as number
      ] as number;
  }
}
