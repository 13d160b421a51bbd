import { type BetaShape, betaQuantile, betaShape } from './beta-quantile.js';
import type { Distribution } from './distributions.js';
import { triangular } from './distributions.js';

/** One varied slot's distribution, made ready: a value comes from one uniform by its quantile function. */
export interface Marginal {
  readonly low: number;
  readonly mode: number;
  readonly high: number;
  readonly width: number;
  /** PERT's Beta shape; null for a triangular draw or a point range. */
  readonly shape: BetaShape | null;
  readonly triangular: boolean;
  readonly integer: boolean;
}

/** PERT's shape parameters are 1 + 4 × a share: snap float noise (2.9999999999999996) to the whole number it is. */
function snap(x: number): number {
  const whole = Math.round(x);
  return Math.abs(x - whole) < 1e-9 ? whole : x;
}

/**
 * The marginal of a slot drawn within low / mode / high. `shapes` caches Beta shapes across slots (most ranges are
 * symmetric, so most share Beta(3, 3) and its table).
 * @example marginalValue(marginal('pert', 0.2, 0.3, 0.4, false, new Map()), 0.5) // 0.3
 */
export function marginal(
  distribution: Distribution,
  low: number,
  mode: number,
  high: number,
  integer: boolean,
  shapes: Map<string, BetaShape>,
): Marginal {
  const width = high - low;
  let shape: BetaShape | null = null;
  if (distribution === 'pert' && width > 0) {
    const a = snap(1 + (4 * (mode - low)) / width);
    const b = snap(1 + (4 * (high - mode)) / width);
    const key = `${a},${b}`;
    shape = shapes.get(key) ?? betaShape(a, b);
    shapes.set(key, shape);
  }
  return { low, mode, high, width, shape, triangular: distribution === 'triangular', integer };
}

/**
 * The value at uniform u (0 ≤ u < 1): the distribution's u-quantile, rounded and kept within the range for a
 * whole-number input. Monotone in u, so a reordered or stratified uniform keeps its rank as a value.
 * @example marginalValue(m, 0.05) // the range's 5th percentile
 */
export function marginalValue(m: Marginal, u: number): number {
  if (m.width <= 0) return m.mode;
  const x =
    m.shape !== null ? m.low + betaQuantile(m.shape, u) * m.width : triangular(u, m.low, m.mode, m.high);
  return m.integer ? Math.min(m.high, Math.max(m.low, Math.round(x))) : x;
}
