import type { Selection } from './radix-select.js';

/**
 * Exact order statistics of long columns in one pass, from brackets a pilot found. The pilot is the run's first
 * paths (a random subset of its strata: Latin hypercube permutes every input's strata); its sorted values place
 * each target rank, with a margin of `BRACKET_SIGMAS` standard errors of a sample quantile on each side, between
 * two values `lo` and `hi`. One pass over all the paths then counts, per bracket, the values below `lo`, equal to
 * `lo` and equal to `hi`, and keeps only the values strictly between. A target whose rank falls in the bracket is
 * read off exactly; one the pilot misplaced (rare: a 4.5-sigma miss) is left for radix-select's passes. Memory is
 * the values kept, about 2 × 4.5 × √(p(1 − p) / pilot) of the paths per bracket.
 */

/** How many standard errors of the pilot's quantile each bracket reaches on each side of it. */
export const BRACKET_SIGMAS = 4.5;

/** The brackets of a streaming run, per column; plain typed arrays a worker can be sent. */
export interface BracketPlan {
  /** The brackets of column c are `columnStart[c] … columnStart[c + 1] − 1`. */
  readonly columnStart: Int32Array;
  /** Per bracket, its ends (−∞ / +∞ where the pilot's margin ran off its values); both rise within a column. */
  readonly lo: Float64Array;
  /** Per bracket, its upper end. */
  readonly hi: Float64Array;
  /** Per bracket, the ranks it was built for (its targets): `firstRank … lastRank`. */
  readonly firstRank: Float64Array;
  /** Per bracket, the last rank it was built for. */
  readonly lastRank: Float64Array;
  /** Per bracket, the most values a pass keeps for it, all threads together; past it the bracket is dropped. */
  readonly capacity: Float64Array;
  /** The share of paths a bracket is expected to keep, for sizing a thread's buffers. */
  readonly expectedShare: Float64Array;
}

/** One pass's counts and kept values per bracket, over some of the paths (a thread's share). */
export interface BracketTally {
  /** Per bracket, the values below it and above every earlier bracket's `lo`: the values below it add up. */
  readonly below: Float64Array;
  /** Per bracket, the values equal to its `lo` (counted, not kept: a point mass costs no memory). */
  readonly atLo: Float64Array;
  /** Per bracket, the values equal to its `hi`. */
  readonly atHi: Float64Array;
  /** The values kept, the first `filled[bracket]` of each; null once a bracket is dropped. */
  readonly kept: (Float64Array | null)[];
  /** Per bracket, how many values `kept` holds. */
  readonly filled: Float64Array;
}

/**
 * The brackets for the target ranks of `paths` values per column, from each column's pilot values (`pilotPaths`
 * of them, sorted here). A target group is the pair of ranks a percentile interpolates between.
 * @example bracketPlan(2, 10_000_000, [[4_999_999, 5_000_000]], (c) => pilotValues[c], 250_000)
 */
export function bracketPlan(
  columns: number,
  paths: number,
  rankGroups: readonly (readonly [number, number])[],
  pilotColumn: (column: number) => Float64Array,
  pilotPaths: number,
): BracketPlan {
  const columnStart = new Int32Array(columns + 1);
  const lo: number[] = [];
  const hi: number[] = [];
  const firstRank: number[] = [];
  const lastRank: number[] = [];
  const capacity: number[] = [];
  const expectedShare: number[] = [];
  const last = pilotPaths - 1;
  for (let c = 0; c < columns; c++) {
    const sorted = pilotColumn(c).slice().sort();
    for (const [first, second] of rankGroups) {
      const p = first / Math.max(1, paths - 1);
      const margin = Math.ceil(BRACKET_SIGMAS * Math.sqrt(pilotPaths * p * (1 - p))) + 2;
      const from = Math.floor(p * last) - margin;
      const to = Math.ceil((second / Math.max(1, paths - 1)) * last) + margin;
      // Never below the column's previous bracket's ends: the tally walks the brackets knowing both ends rise.
      const earlier = lo.length > (columnStart[c] as number);
      const previousLo = earlier ? (lo.at(-1) as number) : Number.NEGATIVE_INFINITY;
      const previousHi = earlier ? (hi.at(-1) as number) : Number.NEGATIVE_INFINITY;
      lo.push(Math.max(previousLo, from < 0 ? Number.NEGATIVE_INFINITY : (sorted[from] as number)));
      hi.push(Math.max(previousHi, to > last ? Number.POSITIVE_INFINITY : (sorted[to] as number)));
      firstRank.push(first);
      lastRank.push(second);
      const share = Math.min(1, (Math.min(to, last) - Math.max(from, 0) + 1) / pilotPaths);
      expectedShare.push(share);
      // Twice what the pilot implies, and a floor for small runs: a bracket past it was misplaced, not unlucky.
      capacity.push(Math.ceil(2 * share * paths) + 4_096);
    }
    columnStart[c + 1] = lo.length;
  }
  return {
    columnStart,
    lo: Float64Array.from(lo),
    hi: Float64Array.from(hi),
    firstRank: Float64Array.from(firstRank),
    lastRank: Float64Array.from(lastRank),
    capacity: Float64Array.from(capacity),
    expectedShare: Float64Array.from(expectedShare),
  };
}

/**
 * An empty tally for a share of `paths` paths, its buffers sized to what the pilot expects it to keep.
 * @example const tally = newBracketTally(plan, 5_000_000)
 */
export function newBracketTally(plan: BracketPlan, paths: number): BracketTally {
  const n = plan.lo.length;
  return {
    below: new Float64Array(n),
    atLo: new Float64Array(n),
    atHi: new Float64Array(n),
    kept: Array.from(plan.expectedShare, (share) => new Float64Array(Math.ceil(1.1 * share * paths) + 64)),
    filled: new Float64Array(n),
  };
}

/**
 * Adds one value of `column` to the tally of each of its brackets. Brackets' ends rise, so a value below one is
 * below every later one too: it is counted once, at the first bracket above it, and `resolveBrackets` adds the
 * counts up; and a value above one bracket's `hi` is above every earlier one, which ends the walk back through the
 * brackets that may hold it. Most values lie in no bracket and cost a few comparisons. NaN sorts last, as a
 * Float64Array sorts it: in no bracket and below none.
 * @example tallyBracketValue(plan, tally, 3, -1.5)
 */
export function tallyBracketValue(
  plan: BracketPlan,
  tally: BracketTally,
  column: number,
  value: number,
): void {
  const { lo, hi } = plan;
  const from = plan.columnStart[column] as number;
  const to = plan.columnStart[column + 1] as number;
  let above = from;
  while (above < to && !(value < (lo[above] as number))) above++;
  if (above < to) tally.below[above] = (tally.below[above] as number) + 1;
  for (let b = above - 1; b >= from; b--) {
    const h = hi[b] as number;
    if (value > h) return;
    if (value === lo[b]) tally.atLo[b] = (tally.atLo[b] as number) + 1;
    else if (value < h) keep(plan, tally, b, value);
    else if (value === h) tally.atHi[b] = (tally.atHi[b] as number) + 1;
  }
}

function keep(plan: BracketPlan, tally: BracketTally, b: number, value: number): void {
  let kept = tally.kept[b];
  if (kept === null || kept === undefined) return;
  const filled = tally.filled[b] as number;
  if (filled === kept.length) {
    if (filled >= (plan.capacity[b] as number)) {
      tally.kept[b] = null;
      return;
    }
    const grown = new Float64Array(Math.min(plan.capacity[b] as number, 2 * filled));
    grown.set(kept);
    tally.kept[b] = grown;
    kept = grown;
  }
  kept[filled] = value;
  tally.filled[b] = filled + 1;
}

/**
 * Sets every target of `selection` that its bracket holds to its value, from the tallies of all the paths' shares
 * (in any order: a bracket's kept values are gathered and sorted here, one bracket at a time, so the shares' values
 * are never held twice); the rest stay unknown, for radix-select's passes. Returns how many targets were found.
 * @example resolveBrackets(plan, [fromWorker1, fromWorker2], selection) === selection.targets.length // all found
 */
export function resolveBrackets(
  plan: BracketPlan,
  tallies: readonly BracketTally[],
  selection: Selection,
): number {
  const total = (counts: (tally: BracketTally) => Float64Array, b: number) => {
    let sum = 0;
    for (const tally of tallies) sum += counts(tally)[b] as number;
    return sum;
  };
  const sorted = new Map<number, Float64Array | null>();
  const keptOf = (b: number): Float64Array | null => {
    if (!sorted.has(b)) sorted.set(b, gather(plan, tallies, b));
    return sorted.get(b) as Float64Array | null;
  };
  let found = 0;
  for (const t of selection.targets) {
    if (t.value !== undefined) continue;
    const to = plan.columnStart[t.column + 1] as number;
    let b = plan.columnStart[t.column] as number;
    let below = 0;
    for (; b < to; b++) {
      below += total((tally) => tally.below, b);
      if ((plan.firstRank[b] as number) <= t.rank && t.rank <= (plan.lastRank[b] as number)) break;
    }
    const values = b === to ? null : keptOf(b);
    if (values === null) continue;
    // The bracket's values in order: those equal to lo, those kept, those equal to hi.
    const within = t.rank - below;
    const atLo = total((tally) => tally.atLo, b);
    const inside = within - atLo;
    if (within < 0) continue;
    if (within < atLo) t.value = plan.lo[b] as number;
    else if (inside < values.length) t.value = values[inside] as number;
    else if (inside - values.length < total((tally) => tally.atHi, b)) t.value = plan.hi[b] as number;
    else continue;
    found++;
  }
  return found;
}

/** A bracket's kept values from every share, sorted; null when a share dropped it or together they overflow it. */
function gather(plan: BracketPlan, tallies: readonly BracketTally[], b: number): Float64Array | null {
  let filled = 0;
  for (const tally of tallies) {
    if (tally.kept[b] === null) return null;
    filled += tally.filled[b] as number;
  }
  if (filled > (plan.capacity[b] as number)) return null;
  const values = new Float64Array(filled);
  let at = 0;
  for (const tally of tallies) {
    const n = tally.filled[b] as number;
    values.set((tally.kept[b] as Float64Array).subarray(0, n), at);
    at += n;
  }
  return values.sort();
}
