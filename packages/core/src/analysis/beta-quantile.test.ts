import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile, betaShape, logGamma } from './beta-quantile.js';

describe('betaQuantile, the exact inverse of a Beta distribution function', () => {
  it('inverts the distribution function to double precision, for whole and fractional shapes', () => {
    for (const [a, b] of [
      [3, 3],
      [2, 4],
      [1.8, 4.2],
      [4.6, 1.4],
      [1, 5],
      [5, 1],
    ] as const) {
      const shape = betaShape(a, b);
      for (let i = 1; i < 1000; i++) {
        const u = i / 1000 - 0.000_37;
        const x = betaQuantile(shape, u);
        expect(Math.abs(betaCdf(shape, x) - u)).toBeLessThan(2e-15);
      }
    }
  });

  it('agrees with closed forms: Beta(3, 3) is 10x³ − 15x⁴ + 6x⁵, Beta(1, 5) is 1 − (1 − x)⁵', () => {
    const x = 0.3;
    expect(betaCdf(betaShape(3, 3), x)).toBeCloseTo(10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5, 15);
    expect(betaCdf(betaShape(2.5, 2.5), 0.5)).toBeCloseTo(0.5, 14);
    expect(betaQuantile(betaShape(1, 5), 1 - 0.7 ** 5)).toBeCloseTo(0.3, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
  });
});
