import { deepFreeze } from '../deep-freeze.js';
/** A source of uniform numbers in [0, 1): a seeded generator the caller passes in (core never reads Math.random). */
export interface Uniform {
  readonly next: () => number;
}

/** How a simulation draws a value from low / value / high. */
export type Distribution = 'pert' | 'triangular';

/** The distributions a simulation offers. */
export const DISTRIBUTIONS: readonly Distribution[] = /* @__PURE__ */ deepFreeze(['pert', 'triangular']);

/**
 * A triangular draw by the inverse of its distribution function: one uniform per draw.
 * @example triangular(0.5, 0, 1, 2) // 1
 */
export const triangular = (u: number, low: number, mode: number, high: number): number => {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
};

/**
 * Draws for one path: uniforms from the path's generator, and standard normals by Box–Muller, keeping the second
 * of each pair for the next call. `reset` at the start of every path, so no spare crosses from one path to another
 * (a path's draws must not depend on which paths ran before it in its chunk).
 */
export interface Sampler extends Uniform {
  readonly reset: (rng: Uniform) => void;
  readonly normal: () => number;
}

/** A sampler for one chunk of paths; it allocates nothing per draw. @example const s = sampler(); s.reset(rng) */
export const sampler = (): Sampler => {
  let source: Uniform = { next: () => Number.NaN };
  let spare = 0;
  let hasSpare = false;
  return {
    reset: (rng) => {
      source = rng;
      hasSpare = false;
    },
    next: () => source.next(),
    normal: () => {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      const radius = Math.sqrt(-2 * Math.log(1 - source.next())); // 1 − u is in (0, 1]: the log is finite
      const angle = 2 * Math.PI * source.next();
      spare = radius * Math.sin(angle);
      hasSpare = true;
      return radius * Math.cos(angle);
    },
  };
};

/** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang's method). */
const gamma = (s: Sampler, shape: number): number => {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = s.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - s.next();
    const x2 = x * x;
    // The squeeze accepts most draws without a logarithm.
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d - d * v + d * Math.log(v)) return d * v;
  }
};

/**
 * A PERT draw: a Beta(α, β) on [low, high] with its mode at `mode`, α = 1 + 4 (mode − low) / (high − low) and
 * β = 1 + 4 (high − mode) / (high − low) (both ≥ 1). A point range returns its value exactly.
 * @example const s = sampler(); s.reset(rng); pert(s, 0.2, 0.3, 0.4) // near 0.3 more often than near the ends
 */
export const pert = (s: Sampler, low: number, mode: number, high: number): number => {
  const width = high - low;
  if (width <= 0) return mode;
  const a = gamma(s, 1 + (4 * (mode - low)) / width);
  const b = gamma(s, 1 + (4 * (high - mode)) / width);
  return low + (a / (a + b)) * width;
};

/** One draw from low / value / high by the named distribution. */
export const draw = (
  rng: Sampler,
  distribution: Distribution,
  low: number,
  mode: number,
  high: number,
): number => (distribution === 'pert' ? pert(rng, low, mode, high) : triangular(rng.next(), low, mode, high));
