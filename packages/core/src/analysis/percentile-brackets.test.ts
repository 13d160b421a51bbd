import { describe, expect, it } from 'vitest';
import { percentileRanks } from '../internal/analysis/percentile-inc.js';
import {
  type BracketTally,
  bracketPlan,
  newBracketTally,
  resolveBrackets,
  tallyBracketPath,
} from './percentile-brackets.js';
import { startSelection } from './radix-select.js';

const PROBABILITIES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** A deterministic generator (mulberry32), so a failure reproduces. */
function uniforms(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Brackets from the first `pilot` values of each column, a tally of all of them split into `shares`, resolved. */
function select(
  columns: readonly Float64Array[],
  pilot: number,
  shares = 1,
  order: 'forward' | 'reverse' = 'forward',
) {
  const n = columns[0]?.length ?? 0;
  const groups = PROBABILITIES.map((p) => percentileRanks(n, p));
  const plan = bracketPlan(
    columns.length,
    n,
    groups,
    (c) => (columns[c] as Float64Array).subarray(0, pilot),
    pilot,
  );
  const size = Math.ceil(n / shares);
  const tallies: BracketTally[] = [];
  for (let from = 0; from < n; from += size) {
    const tally = newBracketTally(plan, Math.min(size, n - from));
    // A path's values, one per column, as the model's frame holds them.
    const path = new Float64Array(columns.length);
    const offsets = Int32Array.from(columns, (_, c) => c);
    for (let i = from; i < Math.min(n, from + size); i++) {
      columns.forEach((column, c) => {
        path[c] = column[i] as number;
      });
      tallyBracketPath(plan, tally, path, offsets);
    }
    tallies.push(tally);
  }
  if (order === 'reverse') tallies.reverse();
  const ranks = [...new Set(groups.flat())];
  const selection = startSelection(columns.length, n, ranks);
  const found = resolveBrackets(plan, tallies, selection);
  return { plan, selection, found, ranks };
}

const sortedOf = (column: Float64Array) => column.slice().sort();

describe('percentile brackets', () => {
  it('finds every target exactly in one pass when the pilot is a random part of the column', () => {
    const next = uniforms(11);
    const n = 200_000;
    const columns = [
      Float64Array.from({ length: n }, () => next() * 100 - 30),
      Float64Array.from({ length: n }, () => Math.exp(3 * next())),
      // A point mass at 0 on about 40 % of the values, a spread above.
      Float64Array.from({ length: n }, () => Math.max(0, next() - 0.4) * 1e9),
      // Every value the same.
      new Float64Array(n).fill(-2.5),
    ];
    for (const [shares, order] of [
      [1, 'forward'],
      [3, 'reverse'],
    ] as const) {
      const { selection, found } = select(columns, 10_000, shares, order);
      expect(found).toBe(selection.targets.length);
      for (const t of selection.targets)
        expect(t.value, `column ${t.column} rank ${t.rank}`).toBe(
          sortedOf(columns[t.column] as Float64Array)[t.rank],
        );
    }
  });

  it('keeps a few per cent of the values, not the column', () => {
    const next = uniforms(3);
    const n = 400_000;
    const column = Float64Array.from({ length: n }, () => next());
    const { plan, selection } = select([column], 20_000);
    let expected = 0;
    for (const share of plan.expectedShare) expected += share;
    // 2 × 4.5 × Σ √(p(1 − p)) / √20,000 ≈ 15 % for 7 percentiles of a 20,000-value pilot.
    expect(expected).toBeLessThan(0.2);
    expect(selection.targets.every((t) => t.value !== undefined)).toBe(true);
  });

  it('leaves a target unknown, never wrong, when the pilot misplaced it', () => {
    const next = uniforms(5);
    const n = 100_000;
    // The pilot (the first 5,000) is the column's lowest values: every bracket sits far below its rank.
    const column = Float64Array.from({ length: n }, (_, i) => (i < 5_000 ? next() : 1 + next()));
    const { selection, found } = select([column], 5_000);
    expect(found).toBe(0);
    expect(selection.targets.every((t) => t.value === undefined)).toBe(true);
  });

  it('drops a bracket that keeps more than its capacity, in one share or all together, leaving its targets unknown', () => {
    const n = 50_000;
    // The pilot sees two values far apart; the rest of the column lies between them.
    const column = Float64Array.from({ length: n }, (_, i) =>
      i < 1_000 ? (i % 2 === 0 ? 0 : 1) : 0.5 + i / 1e6,
    );
    // One share overflows the median's bracket; five shares each stay under its capacity, but not together.
    for (const shares of [1, 5]) {
      const { plan, selection } = select([column], 1_000, shares);
      const median = plan.firstRank.indexOf(percentileRanks(n, 0.5)[0]);
      if (shares > 1) expect(plan.capacity[median]).toBeGreaterThan(n / shares);
      expect(plan.capacity[median]).toBeLessThan(n);
      const target = selection.targets.find((t) => t.rank === percentileRanks(n, 0.5)[0]);
      expect(target?.value, `${shares} shares`).toBeUndefined();
    }
  });

  it('orders NaN and infinities as a sorted Float64Array does', () => {
    const next = uniforms(9);
    const n = 60_000;
    const column = Float64Array.from({ length: n }, (_, i) =>
      i % 10 === 0
        ? Number.NaN
        : i % 10 === 1
          ? Number.NEGATIVE_INFINITY
          : i % 10 === 2
            ? Number.POSITIVE_INFINITY
            : next(),
    );
    const { selection } = select([column], 6_000);
    const sorted = sortedOf(column);
    for (const t of selection.targets) if (t.value !== undefined) expect(t.value).toBe(sorted[t.rank]);
    expect(selection.targets.filter((t) => t.value !== undefined).length).toBeGreaterThan(10);
  });
});
