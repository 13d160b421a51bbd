/**
 * Freezes a plain value and everything reachable from it, so a shared constant (the built-in scenarios) cannot be
 * changed by one caller for every later one. Returns the same value, now read-only at run time as in its type.
 * @example const frozen = deepFreeze({ inputs: { growthFade: 0.1 } }); Object.isFrozen(frozen.inputs) // true
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return Object.freeze(value);
};
