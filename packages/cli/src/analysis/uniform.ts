import type { Uniform } from '@aifin/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** The largest seed accepted: seeds are 32-bit, mixed with the path index into a 128-bit generator state. */
export const MAX_SEED = 0xffff_ffff;

/** MurmurHash3's finaliser: a bijection on 32-bit words that spreads every input bit over the output. */
const fmix32 = (x: number): number => {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h | 0;
};

/**
 * One xoroshiro128+ generator (pure-rand) per path, its state a bijection of (seed, path): distinct paths never
 * share a stream, and path `i` draws the same numbers in whichever worker and chunk it runs.
 * @example pathUniform(7, 0).next() // the same number on every run
 */
export const pathUniform = (seed: number, path: number): Uniform => {
  const rng = xoroshiro128plusFromState([
    fmix32(seed),
    fmix32(path),
    fmix32(seed ^ 0x6a09_e667),
    fmix32(path ^ 0xbb67_ae85),
  ]);
  return { next: () => uniformFloat64(rng) };
};
