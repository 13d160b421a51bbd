/**
 * Excel's PERCENTILE.INC of `n` values at `p`, from its two neighbouring order statistics: `a` at rank
 * floor((n − 1)p) and `b` at the next rank (`a` again when there is none). One formula for every method that finds
 * those two values, so the in-memory and the streaming simulations give the same bits.
 * @example interpolatePercentile(5, 0.5, 3, 4) // 3: (5 − 1) × 0.5 = 2 exactly, so the value at rank 2
 */
export const interpolatePercentile = (n: number, p: number, a: number, b: number): number => {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return a + (h - lo) * (b - a);
};

/**
 * The 0-based ranks of the order statistics PERCENTILE.INC of `n` values reads at `p`: floor((n − 1)p) and the
 * next one, capped at the last rank.
 * @example percentileRanks(5, 0.1) // [0, 1]
 */
export const percentileRanks = (n: number, p: number): readonly [number, number] => {
  const lo = Math.floor((n - 1) * p);
  return [lo, Math.min(lo + 1, n - 1)];
};

/**
 * Moves the k-th smallest value of `a[lo..hi]` to index k, smaller ones before it and larger ones after (Hoare's
 * selection, median-of-three pivots: deterministic, linear on average). Cheaper than sorting every column. Several
 * order statistics k1 < k2 < … come from successive calls, each over what the last left above it (`lo` = k1 + 1).
 * @example const a = Float64Array.of(3, 1, 2); selectOrderStatistic(a, 1, 0, 2); a[1] // 2
 */
export const selectOrderStatistic = (a: Float64Array, k: number, lo: number, hi: number): void => {
  let left = lo;
  let right = hi;
  while (right > left) {
    const mid = (left + right) >>> 1;
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    // The median of the three: the largest of the pairwise minima.
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
};

/**
 * The percentiles of a column held in memory, interpolating between order statistics (PERCENTILE.INC). Selections
 * run in increasing probability, each within what the previous one left above it. The column is reordered.
 * @example const out: number[] = []; percentilesInto(Float64Array.of(3, 1, 2), [0.5], out) // out: [2]
 */
export const percentilesInto = (
  column: Float64Array,
  probabilities: readonly number[],
  out: number[],
): void => {
  const n = column.length;
  let from = 0;
  for (const p of probabilities) {
    const lo = Math.floor((n - 1) * p);
    selectOrderStatistic(column, lo, from, n - 1);
    from = lo;
    const a = column[lo] as number;
    let b = a;
    if (lo + 1 < n) {
      // The next order statistic is the smallest value above index lo.
      b = column[lo + 1] as number;
      for (let i = lo + 2; i < n; i++) if ((column[i] as number) < b) b = column[i] as number;
    }
    out.push(interpolatePercentile(n, p, a, b));
  }
};
