import { describe, expect, it } from 'vitest';
import { orderOf } from './order-of.js';

describe('orderOf', () => {
  it('orders indexes by key as a full sort does, keys outside the range and ties included', () => {
    let x = 99;
    const next = () => {
      x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
      return x / 2 ** 32;
    };
    for (const keys of [
      Float64Array.from({ length: 1000 }, next),
      Float64Array.from({ length: 500 }, () => (next() - 0.5) * 20),
      Float64Array.from({ length: 300 }, () => Math.floor(next() * 4)),
    ]) {
      const n = keys.length;
      const order = new Int32Array(n);
      orderOf(keys, n, -6, 6, order, new Int32Array(n + 2));
      const expected = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
      );
      expect([...order]).toEqual(expected);
    }
  });
});
