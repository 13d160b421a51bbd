import { describe, expect, it } from 'vitest';
import { stratumOf, stratumPermutation } from './latin-hypercube.js';

describe('stratumOf, a keyed permutation of the strata', () => {
  it('gives every path its own stratum for sizes at, below and above powers of two', () => {
    for (const n of [1, 2, 3, 100, 1_024, 1_025, 4_097, 12_345]) {
      const perm = stratumPermutation(7, 3, n);
      const seen = new Uint8Array(n);
      for (let i = 0; i < n; i++) seen[stratumOf(perm, i)] = (seen[stratumOf(perm, i)] as number) + 1;
      expect(seen.every((count) => count === 1)).toBe(true);
    }
  });

  it('differs by dimension and by seed', () => {
    const strata = (seed: number, dim: number) =>
      Array.from({ length: 50 }, (_, i) => stratumOf(stratumPermutation(seed, dim, 1000), i));
    expect(strata(1, 0)).not.toEqual(strata(1, 1));
    expect(strata(1, 0)).not.toEqual(strata(2, 0));
  });
});
