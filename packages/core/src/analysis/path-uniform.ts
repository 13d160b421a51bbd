import type { Uniform } from './distributions.js';
import type { UniformFactory } from './simulate.js';

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

/** The largest seed a simulation accepts: seeds are 32-bit, mixed with the path index into a 128-bit state. */
export const MAX_SEED = 0xffff_ffff;

/**
 * Per-path generators from a seedable 128-bit generator the caller passes in (pure-rand's xoroshiro128+ in the CLI
 * and the pane): path `i` of seed `s` starts from a state that is a bijection of (s, i), so distinct paths never
 * share a stream and a path draws the same numbers in whichever thread or chunk it runs. Core reads no randomness
 * of its own; it only mixes the seed and the index.
 * @example const pathUniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64)
 */
export const pathUniformFrom =
  <G>(fromState: (state: readonly number[]) => G, float64: (rng: G) => number): UniformFactory =>
  (seed: number, path: number): Uniform => {
    const rng = fromState([
      fmix32(seed),
      fmix32(path),
      fmix32(seed ^ 0x6a09_e667),
      fmix32(path ^ 0xbb67_ae85),
    ]);
    return { next: () => float64(rng) };
  };
