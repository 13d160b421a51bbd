const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
// Which 32-bit word of a double holds its sign and exponent follows the platform's byte order.
const HI = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;
const SIGN = 0x80000000;

/**
 * Writes the 64-bit key of a double whose unsigned order is the numbers' order, as `[hi, lo]` uint32 words (no
 * BigInt: the key is made for every value of every path). A positive number's sign bit is set; a negative number's
 * bits are all flipped, so larger magnitudes sort lower. −0 takes +0's key: the two compare equal, and
 * PERCENTILE.INC's interpolation gives +0 from either.
 * @example const key = new Uint32Array(2); writeOrderKey(1, key) // key: [0xbff00000, 0]
 */
export const writeOrderKey = (value: number, key: Uint32Array): void => {
  scratch[0] = value + 0; // −0 + 0 is +0
  const hi = words[HI] as number;
  const lo = words[LO] as number;
  if (hi & SIGN) {
    key[0] = ~hi >>> 0;
    key[1] = ~lo >>> 0;
  } else {
    key[0] = (hi | SIGN) >>> 0;
    key[1] = lo;
  }
};

/**
 * The double whose order key is `hi`:`lo` (the inverse of `writeOrderKey`).
 * @example valueOfOrderKey(0xbff00000, 0) // 1
 */
export const valueOfOrderKey = (hi: number, lo: number): number => {
  if (hi & SIGN) {
    words[HI] = (hi & ~SIGN) >>> 0;
    words[LO] = lo;
  } else {
    words[HI] = ~hi >>> 0;
    words[LO] = ~lo >>> 0;
  }
  return scratch[0] as number;
};
