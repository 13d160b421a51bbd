/**
 * The order of the first `n` keys (indexes, smallest key first; equal keys by index) into `order`, by bucket sort
 * over [lo, hi) (keys outside go to the end buckets) with insertion sort within each bucket: linear time for keys
 * spread over the range, as a block's uniforms and normal scores are. `counts` is scratch of at least n + 2.
 * @example orderOf(Float64Array.of(0.3, 0.1, 0.2), 3, 0, 1, order, counts) // order is [1, 2, 0]
 */
export function orderOf(
  keys: Float64Array,
  n: number,
  lo: number,
  hi: number,
  order: Int32Array,
  counts: Int32Array,
): void {
  const buckets = n;
  const scale = buckets / (hi - lo);
  counts.fill(0, 0, buckets + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor(((keys[i] as number) - lo) * scale)));
    counts[b + 1] = (counts[b + 1] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  // counts[b] is now where bucket b starts; fill in index order, so equal keys keep index order.
  for (let i = 0; i < n; i++) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor(((keys[i] as number) - lo) * scale)));
    order[counts[b] as number] = i;
    counts[b] = (counts[b] as number) + 1;
  }
  // Buckets are in order; sort within them (insertion: few keys per bucket).
  for (let i = 1; i < n; i++) {
    const index = order[i] as number;
    const key = keys[index] as number;
    let j = i - 1;
    while (j >= 0 && (keys[order[j] as number] as number) > key) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = index;
  }
}
