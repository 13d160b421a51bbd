// Test support only (not in dist): the generator the CLI and the pane pass in, so core's tests draw as they do.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { pathUniformFrom } from './path-uniform.js';

export const pathUniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);
