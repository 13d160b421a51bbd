import { pathUniformFrom } from '@aifin/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export { MAX_SEED } from '@aifin/core';

/**
 * The CLI's per-path generator: pure-rand's xoroshiro128+, its state a bijection of (seed, path) (see core's
 * `pathUniformFrom`), so the pane and the CLI draw the same paths for the same seed.
 * @example pathUniform(7, 0).next() // the same number on every run
 */
export const pathUniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);
