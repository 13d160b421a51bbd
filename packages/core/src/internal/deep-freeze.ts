/** Freezes what is reachable from a value, each object once (an expression graph shares nodes). */
function freezeReachable(value: unknown, seen: WeakSet<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    // A getter computes its value each time; only stored values are frozen.
    if (descriptor && 'value' in descriptor) freezeReachable(descriptor.value, seen);
  }
}

/**
 * Freezes a plain value and everything reachable from it, so a shared constant (the built-in scenarios, facts,
 * lines, checks) cannot be changed by one caller for every later one. Returns the same value, now read-only at run
 * time as in its type. Typed arrays cannot be frozen and are left as they are: a shared constant must not hold one.
 * @example const frozen = deepFreeze({ inputs: { growthFade: 0.1 } }); Object.isFrozen(frozen.inputs) // true
 */
export function deepFreeze<T>(value: T): T {
  freezeReachable(value, new WeakSet());
  return value;
}
