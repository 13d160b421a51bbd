import { selectOrderStatistic } from '../internal/analysis/percentile-inc.js';
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
 * of them; the function is handed a column and copies it). A target group is the pair of ranks a percentile interpolates between.
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
  const margins = rankGroups.map(([first, second]) => {
    const p = first / Math.max(1, paths - 1);
    const margin = Math.ceil(BRACKET_SIGMAS * Math.sqrt(pilotPaths * p * (1 - p))) + 2;
    const from = Math.floor(p * last) - margin;
    const to = Math.ceil((second / Math.max(1, paths - 1)) * last) + margin;
    return { first, second, from, to };
  });
  // The pilot's order statistics the brackets end at, found by selection rather than by sorting the pilot.
  const wanted = [
    ...new Set(margins.flatMap(({ from, to }) => [from, to]).filter((i) => i >= 0 && i <= last)),
  ].sort((a, b) => a - b);
  for (let c = 0; c < columns; c++) {
    const pilot = pilotColumn(c).slice();
    // Selection compares with < and >, which NaN defeats; a sort places NaN last, as the tally counts it.
    const sorted = pilot.some(Number.isNaN);
    if (sorted) pilot.sort();
    const at = new Map<number, number>();
    let above = 0;
    for (const index of wanted) {
      if (!sorted) selectOrderStatistic(pilot, index, above, last);
      at.set(index, pilot[index] as number);
      above = index + 1;
    }
    for (const { first, second, from, to } of margins) {
      // Never below the column's previous bracket's ends: the tally walks the brackets knowing both ends rise.
      const earlier = lo.length > (columnStart[c] as number);
      const previousLo = earlier ? (lo.at(-1) as number) : Number.NEGATIVE_INFINITY;
      const previousHi = earlier ? (hi.at(-1) as number) : Number.NEGATIVE_INFINITY;
      lo.push(Math.max(previousLo, from < 0 ? Number.NEGATIVE_INFINITY : (at.get(from) as number)));
      hi.push(Math.max(previousHi, to > last ? Number.POSITIVE_INFINITY : (at.get(to) as number)));
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
 * Adds a path's value of each column (`values[offsets[c]]` for column c) to the tally of each of the column's
 * brackets. Brackets' ends rise, so a value below one is below every later one too: it is counted once, at the
 * first bracket above it, and `resolveBrackets` adds the counts up; and a value above one bracket's `hi` is above
 * every earlier one, which ends the walk back through the brackets that may hold it. Most values lie in no bracket
 * and cost a few comparisons. NaN sorts last, as a Float64Array sorts it: in no bracket and below none.
 * @example tallyBracketPath(plan, tally, prepared.frame.values, run.offsets)
 */
export function tallyBracketPath(
  plan: BracketPlan,
  tally: BracketTally,
  values: Float64Array,
  offsets: Int32Array,
): void {
  const { lo, hi, columnStart } = plan;
  const { below, atLo, atHi } = tally;
  let from = 0;
  for (let c = 0; c < offsets.length; c++) {
    const value = values[offsets[c] as number] as number;
    const to = columnStart[c + 1] as number;
    let above = from;
    while (above < to && !(value < (lo[above] as number))) above++;
    if (above < to) below[above] = (below[above] as number) + 1;
    for (let b = above - 1; b >= from; b--) {
      const h = hi[b] as number;
      if (value > h) break;
      if (value === lo[b]) atLo[b] = (atLo[b] as number) + 1;
      else if (value < h) keep(plan, tally, b, value);
      else if (value === h) atHi[b] = (atHi[b] as number) + 1;
    }
    from = to;
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
 * (in any order). A bracket's kept values are gathered from the shares when its first target is read and dropped at
 * the next bracket's (targets come column by column, ranks rising), so no more than one bracket's values are held
 * twice; its targets are found by selection, not by sorting. The rest stay unknown, for radix-select's passes.
 * Returns how many targets were found.
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
  let current = { bracket: -1, values: null as Float64Array | null, above: 0 };
  /** The `index`-th smallest kept value of bracket `b`, or undefined when the bracket was dropped. */
  const keptValue = (b: number, index: number): number | undefined => {
    if (current.bracket !== b) current = { bracket: b, values: gather(plan, tallies, b), above: 0 };
    const { values } = current;
    if (values === null) return undefined;
    // Ranks rise within a bracket, so each selection runs over what the last left above it.
    selectOrderStatistic(values, index, index >= current.above ? current.above : 0, values.length - 1);
    current.above = index + 1;
    return values[index] as number;
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
    if (b === to || tallies.some((tally) => tally.kept[b] === null)) continue;
    // The bracket's values in order: those equal to lo, those kept, those equal to hi.
    const within = t.rank - below;
    const atLo = total((tally) => tally.atLo, b);
    const inside = within - atLo;
    const kept = total((tally) => tally.filled, b);
    if (within < 0) continue;
    if (within < atLo) t.value = plan.lo[b] as number;
    else if (inside < kept) {
      const value = keptValue(b, inside);
      if (value === undefined) continue;
      t.value = value;
    } else if (inside - kept < total((tally) => tally.atHi, b)) t.value = plan.hi[b] as number;
    else continue;
    found++;
  }
  return found;
}

/** A bracket's kept values from every share; null when a share dropped it or together they overflow it. */
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
  return values;
}
