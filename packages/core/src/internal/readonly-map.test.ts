import { describe, expect, it } from 'vitest';
import { isReadonlyMap, readonlyMap } from './readonly-map.js';

describe('readonlyMap', () => {
  it('reads as the map it was made from, in its order', () => {
    const view = readonlyMap(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    expect([view.get('a'), view.get('z'), view.has('b'), view.size]).toEqual([1, undefined, true, 2]);
    expect([...view]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...view.keys()]).toEqual(['a', 'b']);
    expect(isReadonlyMap(view)).toBe(true);
    expect(isReadonlyMap(new Map())).toBe(false);
  });

  it('refuses set, delete and clear, and does not follow its source', () => {
    const source = new Map([['a', 1]]);
    const view = readonlyMap(source) as Map<string, number>;
    expect(() => view.set('a', 2)).toThrow(TypeError);
    expect(() => view.delete('a')).toThrow(TypeError);
    expect(() => view.clear()).toThrow(TypeError);
    expect(() => {
      (view as unknown as { get: unknown }).get = () => 9;
    }).toThrow(TypeError);
    source.set('a', 5);
    expect(view.get('a')).toBe(1);
  });

  it('crosses to a worker by structured clone, as an ordinary map', () => {
    const copy = structuredClone({ vintages: readonlyMap(new Map([['F9', [1, 2]]])) });
    expect(copy.vintages.get('F9')).toEqual([1, 2]);
  });
});
