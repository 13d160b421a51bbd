import { deepFreeze } from '../internal/deep-freeze.js';
/** How a simulation draws a value from low / value / high. */
export type Distribution = 'pert' | 'triangular';

/** The distributions a simulation offers. */
export const DISTRIBUTIONS: readonly Distribution[] = /* @__PURE__ */ deepFreeze(['pert', 'triangular']);

/**
 * A triangular draw by the inverse of its distribution function: one uniform per draw.
 * @example triangular(0.5, 0, 1, 2) // 1
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}
