/**
 * A Map whose `set`, `delete` and `clear` throw: a real Map still, so a fact set holding one crosses to a worker by
 * structured clone (the clone is an ordinary Map there), and frozen, so no property can be replaced either.
 */
class ReadonlyMapView<K, V> extends Map<K, V> {
  constructor(source: Iterable<readonly [K, V]>) {
    super();
    for (const [key, value] of source) super.set(key, value);
    Object.freeze(this);
  }
  override set(): this {
    throw new TypeError('this map is read-only');
  }
  override delete(): boolean {
    throw new TypeError('this map is read-only');
  }
  override clear(): void {
    throw new TypeError('this map is read-only');
  }
}

/**
 * A read-only copy of a map: `get`, `has`, `size` and iteration work; `set`, `delete` and `clear` throw a
 * `TypeError`. A shared model or fact set handed to callers keeps its lookups as they were built, and a change to
 * the source afterwards does not show through.
 * @example readonlyMap(new Map([['a', 1]])).get('a') // 1
 */
export function readonlyMap<K, V>(source: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  return new ReadonlyMapView(source);
}

/**
 * True for a map made by `readonlyMap` (tests walk the public surface and accept only these maps).
 * @example isReadonlyMap(readonlyMap(new Map())) // true
 */
export function isReadonlyMap(value: unknown): boolean {
  return value instanceof ReadonlyMapView;
}
