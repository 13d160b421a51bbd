import { describe, expect, it } from 'vitest';
import { percentileRanks, percentilesInto } from '../internal/analysis/percentile-inc.js';
import {
  mergeTally,
  narrowSelection,
  newTally,
  nextProbes,
  type PassTally,
  selectedValue,
  startSelection,
  tallyValue,
} from './radix-select.js';

const PROBABILITIES = [0, 0.05, 0.1, 0.5, 0.9, 0.95, 1];

/** A small deterministic generator (mulberry32), so a failing case can be run again. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Every rank of every column, found by passes over the values split into `shares` shares merged in reverse. */
const selectByPasses = (
  columns: readonly Float64Array[],
  ranks: readonly number[],
  cap: number,
  shares = 3,
) => {
  const n = (columns[0] as Float64Array).length;
  const selection = startSelection(columns.length, n, ranks, cap);
  let passes = 0;
  for (let probes = nextProbes(selection); probes.length > 0; probes = nextProbes(selection)) {
    passes++;
    const tallies: PassTally[] = [];
    const size = Math.ceil(n / shares);
    for (let start = 0; start < n; start += size) {
      const tally = newTally(columns.length, probes);
      for (let i = start; i < Math.min(n, start + size); i++)
        columns.forEach((column, c) => {
          tallyValue(tally, c, column[i] as number);
        });
      tallies.push(tally);
    }
    const [first, ...rest] = tallies.reverse() as [PassTally, ...PassTally[]];
    for (const tally of rest) mergeTally(first, tally);
    narrowSelection(selection, first);
  }
  return { selection, passes };
};

/** PERCENTILE.INC by passes, against the in-memory selection the simulation used before. */
const compare = (columns: readonly Float64Array[], cap: number) => {
  const n = (columns[0] as Float64Array).length;
  const ranks = [...new Set(PROBABILITIES.flatMap((p) => percentileRanks(n, p)))];
  const { selection, passes } = selectByPasses(columns, ranks, cap);
  columns.forEach((column, c) => {
    const expected: number[] = [];
    percentilesInto(Float64Array.from(column), PROBABILITIES, expected);
    const sorted = Float64Array.from(column).sort();
    for (const rank of ranks) expect(selectedValue(selection, c, rank)).toBe((sorted[rank] as number) + 0);
    const found = PROBABILITIES.map((p) => {
      const [lo, hi] = percentileRanks(n, p);
      const a = selectedValue(selection, c, lo);
      const b = selectedValue(selection, c, hi);
      return a + ((n - 1) * p - lo) * (b - a);
    });
    expect(found, `column ${c}`).toEqual(expected);
  });
  return passes;
};

describe('radix selection', () => {
  const rng = random(11);
  const n = 5_000;
  const spread = Float64Array.from({ length: n }, () => (rng() - 0.4) * 1e6);
  const narrow = Float64Array.from({ length: n }, () => 1 + rng() * 1e-12);
  const mixedZeros = Float64Array.from({ length: n }, (_, i) => [0, -0, -1e-310, 3, -3][i % 5] as number);
  const gaps = Float64Array.from({ length: n }, () => (rng() < 0.7 ? 0 : rng() * 50));
  // An interior point mass: only a full 64-bit key tells the middle rank, neither end of any prefix holds it.
  const interior = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -7 : i % 3 === 1 ? 2.5 : 9));
  const equal = new Float64Array(n).fill(-4.25);
  const columns = [spread, narrow, mixedZeros, gaps, interior, equal];

  it('finds the same order statistics as a sort and the same percentiles as the in-memory selection', () => {
    // A cap of 0 never collects: every target narrows to a prefix end or to all 64 bits.
    expect(compare(columns, 0)).toBe(4);
    expect(compare(columns, 16)).toBeGreaterThan(1);
    expect(compare(columns, 1_000_000)).toBe(1);
  });

  it('knows a point mass at a prefix’s end in the pass that meets it', () => {
    const ranks = [0, 2_500, n - 1];
    expect(selectByPasses([equal], ranks, 0).passes).toBe(1);
    const { selection, passes } = selectByPasses([gaps], [100, 2_000], 0);
    expect(passes).toBe(1);
    expect(selectedValue(selection, 0, 2_000)).toBe(0);
  });

  it('treats −0 as 0, as the in-memory percentiles come out', () => {
    const zeros = Float64Array.from({ length: 101 }, (_, i) => (i % 2 ? -0 : 0));
    const expected: number[] = [];
    percentilesInto(Float64Array.from(zeros), [0.5], expected);
    const { selection } = selectByPasses([zeros], [50], 0);
    expect(Object.is(selectedValue(selection, 0, 50), 0)).toBe(true);
    expect(Object.is(expected[0], 0)).toBe(true);
  });

  it('fails loudly when a pass sees other values than the one before', () => {
    const selection = startSelection(1, 4, [1], 0);
    const first = newTally(1, nextProbes(selection));
    for (const v of [1, 2, 3, 4]) tallyValue(first, 0, v);
    narrowSelection(selection, first);
    const second = newTally(1, nextProbes(selection));
    for (const v of [1, 1.5, 3, 4]) tallyValue(second, 0, v);
    expect(() => narrowSelection(selection, second)).toThrow(/did not see the same values/);
  });
});
