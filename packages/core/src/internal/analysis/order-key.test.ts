import { describe, expect, it } from 'vitest';
import { valueOfOrderKey, writeOrderKey } from './order-key.js';

const keyOf = (value: number): bigint => {
  const key = new Uint32Array(2);
  writeOrderKey(value, key);
  return (BigInt(key[0] as number) << 32n) | BigInt(key[1] as number);
};

describe('order keys', () => {
  const values = [
    Number.NEGATIVE_INFINITY,
    -Number.MAX_VALUE,
    -1e300,
    -2,
    -1.5,
    -1,
    -Number.MIN_VALUE,
    0,
    Number.MIN_VALUE,
    1e-300,
    1,
    1 + Number.EPSILON,
    2,
    1e300,
    Number.MAX_VALUE,
    Number.POSITIVE_INFINITY,
  ];

  it('order as the numbers do, and give each number back', () => {
    for (let i = 1; i < values.length; i++)
      expect(keyOf(values[i] as number) > keyOf(values[i - 1] as number), `${values[i]}`).toBe(true);
    const key = new Uint32Array(2);
    for (const v of values) {
      writeOrderKey(v, key);
      expect(Object.is(valueOfOrderKey(key[0] as number, key[1] as number), v)).toBe(true);
    }
  });

  it('give −0 the key of +0', () => {
    expect(keyOf(-0)).toBe(keyOf(0));
    const key = new Uint32Array(2);
    writeOrderKey(-0, key);
    expect(Object.is(valueOfOrderKey(key[0] as number, key[1] as number), 0)).toBe(true);
  });
});
