import { valueOfOrderKey, writeOrderKey } from '../internal/analysis/order-key.js';

/**
 * Exact order statistics of columns too long to hold, by passes over their values (each pass sees every value
 * again, in any order and split any way). Every value has a 64-bit order key (`writeOrderKey`); a target rank of a
 * column knows a prefix of its value's key and how many values lie below that prefix's range. A pass counts the
 * values sharing the prefix by their next 16 key bits, and the target narrows to its bin. When a bin holds few
 * enough values (`collectCap`), the next pass collects them and the target is picked from them; when the prefix
 * has all 64 bits, it is the value. A prefix's smallest and largest values are counted too, so a point mass at a
 * column's end (a funding gap of 0 on most paths, cash held at a floor) is known in the pass that meets it.
 */

/** Key bits a pass narrows a target by: 2^16 bins of 4 bytes, a 256 kB histogram per prefix. */
const BIN_BITS = 16;
const BINS = 1 << BIN_BITS;
const KEY_BITS = 64;

/**
 * A bin holding at most this many values is collected (8 bytes each) and selected from rather than counted again:
 * 256 kB at most, the size of the histogram a further pass would take instead.
 */
export const DEFAULT_COLLECT_CAP = 32_768;

/** One order statistic being found: the `rank`-th smallest (0-based) value of `column`. */
export interface RankTarget {
  readonly column: number;
  readonly rank: number;
  /** How many leading key bits are known, and those bits (the rest 0). */
  bits: number;
  prefixHi: number;
  prefixLo: number;
  /** Values whose key is below the prefix's range, and values within it. */
  below: number;
  count: number;
  /** The value, once known. */
  value: number | undefined;
}

/** The targets of a selection and how it decides between counting and collecting. */
export interface Selection {
  readonly columns: number;
  readonly collectCap: number;
  readonly targets: readonly RankTarget[];
}

/** What a pass gathers for one key prefix of one column: a histogram of the next bits, or the values themselves. */
export interface Probe {
  readonly column: number;
  readonly bits: number;
  readonly prefixHi: number;
  readonly prefixLo: number;
  /** How many values share the prefix (all of a pass's values together). */
  readonly count: number;
  readonly collect: boolean;
}

/** Plain typed arrays: a worker can post its tally back, its buffers transferred. */
export interface PassTally {
  readonly probes: readonly Probe[];
  /** The probes of column c are `columnProbes[columnStart[c] … columnStart[c + 1] − 1]`. */
  readonly columnStart: Int32Array;
  readonly columnProbes: Int32Array;
  /** Per probe, its histogram (null when it collects). */
  readonly histograms: (Uint32Array | null)[];
  /** Per probe, the values collected (null when it counts), the first `filled[probe]` of them so far. */
  readonly collected: (Float64Array | null)[];
  readonly filled: Uint32Array;
  /** Per probe, six words: the smallest key (hi, lo) and how many values have it, then the largest likewise. */
  readonly ends: Uint32Array;
  /** Per probe, the key bits its prefix fixes (a mask) and their values, and where its next 16 bits start. */
  readonly maskHi: Uint32Array;
  readonly maskLo: Uint32Array;
  readonly prefixHi: Uint32Array;
  readonly prefixLo: Uint32Array;
  readonly binShift: Uint8Array;
}

const ENDS = 6;

/**
 * A selection of the same `ranks` in each of `columns` columns of `n` values each.
 * @example startSelection(70, 10_000_000, [499_999, 500_000])
 */
export const startSelection = (
  columns: number,
  n: number,
  ranks: readonly number[],
  collectCap = DEFAULT_COLLECT_CAP,
): Selection => {
  const targets: RankTarget[] = [];
  for (let column = 0; column < columns; column++)
    for (const rank of ranks) {
      if (!(rank >= 0 && rank < n)) throw new Error(`rank ${rank} is outside 0 … ${n - 1}`);
      targets.push({ column, rank, bits: 0, prefixHi: 0, prefixLo: 0, below: 0, count: n, value: undefined });
    }
  return { columns, collectCap, targets };
};

const probeKey = (column: number, bits: number, hi: number, lo: number) => `${column}:${bits}:${hi}:${lo}`;

/**
 * What the next pass must gather: one probe per distinct prefix of the targets not yet known (targets sharing a
 * prefix share its histogram). Empty when every target is known.
 * @example nextProbes(selection).length // 0 when done
 */
export const nextProbes = (selection: Selection): Probe[] => {
  const seen = new Set<string>();
  const probes: Probe[] = [];
  for (const t of selection.targets) {
    if (t.value !== undefined) continue;
    const key = probeKey(t.column, t.bits, t.prefixHi, t.prefixLo);
    if (seen.has(key)) continue;
    seen.add(key);
    probes.push({
      column: t.column,
      bits: t.bits,
      prefixHi: t.prefixHi,
      prefixLo: t.prefixLo,
      count: t.count,
      collect: t.count <= selection.collectCap,
    });
  }
  return probes;
};

/**
 * An empty tally of a pass's probes over `columns` columns. Its memory is the probes' histograms (256 kB each) and
 * collections (at most the collect cap each), whatever the number of values.
 * @example const tally = newTally(selection.columns, nextProbes(selection))
 */
export const newTally = (columns: number, probes: readonly Probe[]): PassTally => {
  const columnStart = new Int32Array(columns + 1);
  for (const probe of probes) columnStart[probe.column + 1] = (columnStart[probe.column + 1] as number) + 1;
  for (let c = 0; c < columns; c++)
    columnStart[c + 1] = (columnStart[c + 1] as number) + (columnStart[c] as number);
  const next = columnStart.slice(0, columns);
  const columnProbes = new Int32Array(probes.length);
  probes.forEach((probe, i) => {
    columnProbes[next[probe.column] as number] = i;
    next[probe.column] = (next[probe.column] as number) + 1;
  });
  const ends = new Uint32Array(probes.length * ENDS);
  // No value yet: the smallest key starts at the top and the largest at the bottom, each counted 0 times.
  for (let i = 0; i < probes.length; i++) ends.fill(0xffffffff, i * ENDS, i * ENDS + 2);
  // Typed per-probe arrays rather than the probe objects: the tally loop reads them for every value of every path.
  const maskHi = Uint32Array.from(probes, (p) =>
    p.bits >= 32 ? 0xffffffff : p.bits === 16 ? 0xffff0000 : 0,
  );
  const maskLo = Uint32Array.from(probes, (p) => (p.bits === 48 ? 0xffff0000 : 0));
  return {
    probes,
    columnStart,
    columnProbes,
    maskHi,
    maskLo,
    prefixHi: Uint32Array.from(probes, (p) => p.prefixHi),
    prefixLo: Uint32Array.from(probes, (p) => p.prefixLo),
    // Bits 0–15 of the key are the high word's top half, 16–31 its bottom half, 32–47 and 48–63 the low word's.
    binShift: Uint8Array.from(probes, (p) => (p.bits % 32 === 0 ? 16 : 0)),
    histograms: probes.map((p) => (p.collect ? null : new Uint32Array(BINS))),
    collected: probes.map((p) => (p.collect ? new Float64Array(p.count) : null)),
    filled: new Uint32Array(probes.length),
    ends,
  };
};

const key = new Uint32Array(2);

/**
 * Adds one value of `column` to a pass's tally: to the histogram or collection of each probe whose prefix it shares.
 * @example tallyValue(tally, 3, -1.5)
 */
export const tallyValue = (tally: PassTally, column: number, value: number): void => {
  const from = tally.columnStart[column] as number;
  const to = tally.columnStart[column + 1] as number;
  if (from === to) return;
  writeOrderKey(value, key);
  const hi = key[0] as number;
  const lo = key[1] as number;
  const { maskHi, maskLo, prefixHi, prefixLo, binShift } = tally;
  for (let i = from; i < to; i++) {
    const index = tally.columnProbes[i] as number;
    if (
      (hi & (maskHi[index] as number)) >>> 0 !== prefixHi[index] ||
      (lo & (maskLo[index] as number)) >>> 0 !== prefixLo[index]
    )
      continue;
    const word = (maskHi[index] as number) === 0xffffffff ? lo : hi;
    const bin = (word >>> (binShift[index] as number)) & 0xffff;
    const histogram = tally.histograms[index];
    if (histogram === null || histogram === undefined) {
      const values = tally.collected[index] as Float64Array;
      const filled = tally.filled[index] as number;
      // More values than the last pass counted: the passes did not see the same values.
      if (filled === values.length) throw new Error('a pass saw more values than the one before counted');
      values[filled] = value + 0;
      tally.filled[index] = filled + 1;
      continue;
    }
    histogram[bin] = (histogram[bin] as number) + 1;
    const ends = tally.ends;
    const at = index * ENDS;
    const minHi = ends[at] as number;
    const minLo = ends[at + 1] as number;
    if (hi < minHi || (hi === minHi && lo < minLo)) {
      ends[at] = hi;
      ends[at + 1] = lo;
      ends[at + 2] = 1;
    } else if (hi === minHi && lo === minLo) ends[at + 2] = (ends[at + 2] as number) + 1;
    const maxHi = ends[at + 3] as number;
    const maxLo = ends[at + 4] as number;
    if (hi > maxHi || (hi === maxHi && lo > maxLo)) {
      ends[at + 3] = hi;
      ends[at + 4] = lo;
      ends[at + 5] = 1;
    } else if (hi === maxHi && lo === maxLo) ends[at + 5] = (ends[at + 5] as number) + 1;
  }
};

/** Merges one end (smallest when `sign` is 1, largest when −1) of `from` into `into`. */
const mergeEnd = (into: Uint32Array, from: Uint32Array, at: number, sign: 1 | -1): void => {
  const count = from[at + 2] as number;
  if (count === 0) return;
  const [hi, lo] = [from[at] as number, from[at + 1] as number];
  const [ownHi, ownLo] = [into[at] as number, into[at + 1] as number];
  const ownCount = into[at + 2] as number;
  const order = hi === ownHi ? Math.sign(lo - ownLo) : Math.sign(hi - ownHi);
  if (ownCount === 0 || order === -sign) {
    into[at] = hi;
    into[at + 1] = lo;
    into[at + 2] = count;
  } else if (order === 0) into[at + 2] = ownCount + count;
};

/**
 * Adds another share's tally of the same probes into `into`: histograms and end counts add, collections append.
 * The order tallies merge in does not change what `narrowSelection` finds.
 * @example mergeTally(mine, fromWorker)
 */
export const mergeTally = (into: PassTally, from: PassTally): void => {
  if (into.probes.length !== from.probes.length) throw new Error('tallies of different passes');
  for (let i = 0; i < into.probes.length; i++) {
    const histogram = into.histograms[i];
    if (histogram) {
      const other = from.histograms[i] as Uint32Array;
      for (let b = 0; b < BINS; b++) histogram[b] = (histogram[b] as number) + (other[b] as number);
      mergeEnd(into.ends, from.ends, i * ENDS, 1);
      mergeEnd(into.ends, from.ends, i * ENDS + 3, -1);
      continue;
    }
    const values = into.collected[i] as Float64Array;
    const filled = into.filled[i] as number;
    const more = from.filled[i] as number;
    if (filled + more > values.length) throw new Error('a pass saw more values than the one before counted');
    values.set((from.collected[i] as Float64Array).subarray(0, more), filled);
    into.filled[i] = filled + more;
  }
};

/** Sets the 16 key bits after a target's prefix to `bin`. */
const extendPrefix = (t: RankTarget, bin: number): void => {
  if (t.bits === 0) t.prefixHi = (bin << 16) >>> 0;
  else if (t.bits === 16) t.prefixHi = (t.prefixHi | bin) >>> 0;
  else if (t.bits === 32) t.prefixLo = (bin << 16) >>> 0;
  else t.prefixLo = (t.prefixLo | bin) >>> 0;
  t.bits += BIN_BITS;
};

const mismatch = (probe: Probe, got: number) =>
  new Error(
    `column ${probe.column}: a pass saw ${got} values sharing a prefix the pass before counted ${probe.count} of; ` +
      'the passes did not see the same values',
  );

/**
 * Narrows every target from a finished pass's tally (all shares merged): each learns its next 16 key bits, its
 * value when a collection or a prefix's end holds it, or its value outright when its prefix reaches 64 bits.
 * @example narrowSelection(selection, tally); nextProbes(selection) // what the next pass gathers
 */
export const narrowSelection = (selection: Selection, tally: PassTally): void => {
  const indexOf = new Map<string, number>();
  tally.probes.forEach((p, i) => {
    indexOf.set(probeKey(p.column, p.bits, p.prefixHi, p.prefixLo), i);
  });
  const checked = new Set<number>();
  for (const t of selection.targets) {
    if (t.value !== undefined) continue;
    const index = indexOf.get(probeKey(t.column, t.bits, t.prefixHi, t.prefixLo));
    if (index === undefined) throw new Error('the tally is not of this selection’s pass');
    const probe = tally.probes[index] as Probe;
    const within = t.rank - t.below;
    const values = tally.collected[index];
    if (values) {
      if (!checked.has(index)) {
        if (tally.filled[index] !== probe.count) throw mismatch(probe, tally.filled[index] as number);
        values.sort();
        checked.add(index);
      }
      t.value = values[within] as number;
      continue;
    }
    const histogram = tally.histograms[index] as Uint32Array;
    if (!checked.has(index)) {
      let total = 0;
      for (let b = 0; b < BINS; b++) total += histogram[b] as number;
      if (total !== probe.count) throw mismatch(probe, total);
      checked.add(index);
    }
    const at = index * ENDS;
    if (within < (tally.ends[at + 2] as number)) {
      t.value = valueOfOrderKey(tally.ends[at] as number, tally.ends[at + 1] as number);
      continue;
    }
    if (within >= t.count - (tally.ends[at + 5] as number)) {
      t.value = valueOfOrderKey(tally.ends[at + 3] as number, tally.ends[at + 4] as number);
      continue;
    }
    let bin = 0;
    let before = 0;
    while (before + (histogram[bin] as number) <= within) before += histogram[bin++] as number;
    t.below += before;
    t.count = histogram[bin] as number;
    extendPrefix(t, bin);
    if (t.bits === KEY_BITS) t.value = valueOfOrderKey(t.prefixHi, t.prefixLo);
  }
};

/**
 * The value found for a rank of a column (after the passes `nextProbes` asked for).
 * @example selectedValue(selection, 0, 499_999)
 */
export const selectedValue = (selection: Selection, column: number, rank: number): number => {
  const target = selection.targets.find((t) => t.column === column && t.rank === rank);
  if (target?.value === undefined) throw new Error(`rank ${rank} of column ${column} is not known yet`);
  return target.value;
};
