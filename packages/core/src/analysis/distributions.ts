/** A source of uniform numbers in [0, 1): a seeded generator the caller passes in (core never reads Math.random). */
export interface Uniform {
  readonly next: () => number;
}

/** How a simulation draws a value from low / value / high. */
export type Distribution = 'pert' | 'triangular';

/** The distributions a simulation offers. */
export const DISTRIBUTIONS: readonly Distribution[] = ['pert', 'triangular'];

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

/** A standard normal draw (Box–Muller, one of the pair). */
const normal = (rng: Uniform): number => {
  const u = 1 - rng.next(); // (0, 1]: log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
};

/** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang's method). */
const gamma = (rng: Uniform, shape: number): number => {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
};

/**
 * A PERT draw: a Beta(α, β) on [low, high] with its mode at `mode`, α = 1 + 4 (mode − low) / (high − low) and
 * β = 1 + 4 (high − mode) / (high − low) (both ≥ 1). A point range returns its value exactly.
 * @example pert(rng, 0.2, 0.3, 0.4) // near 0.3 more often than near the ends
 */
export const pert = (rng: Uniform, low: number, mode: number, high: number): number => {
  const width = high - low;
  if (width <= 0) return mode;
  const a = gamma(rng, 1 + (4 * (mode - low)) / width);
  const b = gamma(rng, 1 + (4 * (high - mode)) / width);
  return low + (a / (a + b)) * width;
};

/** One draw from low / value / high by the named distribution. */
export const draw = (
  rng: Uniform,
  distribution: Distribution,
  low: number,
  mode: number,
  high: number,
): number => (distribution === 'pert' ? pert(rng, low, mode, high) : triangular(rng.next(), low, mode, high));
