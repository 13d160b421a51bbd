/**
 * A path's own stream of uniform numbers: xoshiro128** (Blackman and Vigna) over four 32-bit words the caller owns,
 * seeded from (seed, path) alone, so a path draws the same numbers in whichever thread, chunk or pass runs it, and a
 * path allocates nothing. Core reads no randomness of its own: the seed comes from the caller.
 */

/** The largest seed a simulation accepts: seeds are 32-bit. */
export const MAX_SEED = 0xffff_ffff;

/** MurmurHash3's finaliser: a bijection on 32-bit words that spreads every input bit over the output. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The four state words of one stream. @example const state = newPathStream() */
export function newPathStream(): Uint32Array {
  return new Uint32Array(4);
}

/**
 * Seeds `state` for path `path` of seed `seed`. The words are bijections of (seed, path) mixed two ways, so distinct
 * paths start from distinct states, and never from the all-zero state xoshiro cannot leave.
 * @example seedPathStream(state, 7, 42); nextUniform(state)
 */
export function seedPathStream(state: Uint32Array, seed: number, path: number): void {
  const s = fmix32(seed);
  state[0] = fmix32(s ^ path);
  state[1] = fmix32(path + 0x9e37_79b9) ^ s;
  state[2] = fmix32(s + 0x6a09_e667) ^ fmix32(path ^ 0xbb67_ae85);
  state[3] = fmix32(path) + 0x3c6e_f372;
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[3] = 1;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The next 32-bit word of the stream. */
export function next32(state: Uint32Array): number {
  const s0 = state[0] as number;
  const s1 = state[1] as number;
  const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
  const t = s1 << 9;
  const s2 = (state[2] as number) ^ s0;
  const s3 = (state[3] as number) ^ s1;
  state[1] = s1 ^ s2;
  state[0] = s0 ^ s3;
  state[2] = s2 ^ t;
  state[3] = rotl(s3, 11);
  return result;
}

/** A uniform number in [0, 1) with 53 random bits (two words). @example nextUniform(state) // 0.37… */
export function nextUniform(state: Uint32Array): number {
  const hi = next32(state) >>> 5;
  const lo = next32(state) >>> 6;
  return (hi * 67_108_864 + lo) / 9_007_199_254_740_992;
}
