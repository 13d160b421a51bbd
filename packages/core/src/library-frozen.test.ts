import { describe, expect, it } from 'vitest';
import * as analysis from './analysis.js';
import * as errors from './errors.js';
import * as core from './index.js';
import { isReadonlyMap } from './internal/readonly-map.js';
import * as workbook from './workbook.js';

/** Every value of every public entry: what a consumer can reach by name. */
const PUBLIC_VALUES = { ...core, ...workbook, ...analysis, ...errors };

/** Where a mutable value was found, as a path from an export. */
interface Finding {
  readonly path: string;
  readonly kind: string;
}

/**
 * Every object reachable from a value (own properties, getters read, Map and Set entries, function properties),
 * and what is not frozen among them. Typed arrays cannot be frozen, so any reachable one is a finding.
 */
function mutableReachable(root: unknown, name: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
      return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      findings.push({ path, kind: value.constructor.name });
      return;
    }
    if (typeof value === 'object' && !Object.isFrozen(value))
      findings.push({ path, kind: Array.isArray(value) ? 'array' : 'object' });
    // A Map or Set is writable through its methods, frozen or not: only `readonlyMap`'s maps refuse.
    if (
      (value instanceof Map && !isReadonlyMap(value)) ||
      value instanceof Set ||
      value instanceof WeakMap ||
      value instanceof WeakSet
    )
      findings.push({ path, kind: value.constructor.name });
    if (value instanceof Map) for (const [k, v] of value) visit(v, `${path}.get(${String(k)})`);
    if (value instanceof Set) for (const v of value) visit(v, `${path}.has(…)`);
    for (const key of Reflect.ownKeys(value)) {
      // A function's prototype object and its name/length are the language's, not the library's data.
      if (typeof value === 'function' && (key === 'prototype' || key === 'name' || key === 'length'))
        continue;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      const child = descriptor && 'value' in descriptor ? descriptor.value : descriptor?.get?.call(value);
      visit(child, `${path}.${String(key)}`);
    }
  };
  visit(root, name);
  return findings;
}

/** Every object reachable from a value (own stored properties), each once. */
function reachableObjects(root: unknown): object[] {
  const found: object[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    found.push(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) visit(descriptor.value);
    }
  };
  visit(root);
  return found;
}

/** Every way a caller might write into an object; each must throw in strict mode (this module is strict). */
function writes(target: object): (() => void)[] {
  const record = target as Record<PropertyKey, unknown>;
  const keys = Reflect.ownKeys(target);
  const attempts: (() => void)[] = [
    () => {
      record.__injected = 1;
    },
  ];
  const [first] = keys;
  if (first !== undefined) {
    attempts.push(() => {
      record[first] = typeof record[first] === 'number' ? 1e9 : 'corrupted';
    });
    attempts.push(() => {
      delete record[first];
    });
  }
  if (Array.isArray(target)) {
    attempts.push(() => (target as unknown[]).push('corrupted'));
    // Sorting one item or none writes nothing, so only a longer list is expected to refuse it.
    if (target.length > 1) attempts.push(() => (target as unknown[]).reverse());
  }
  return attempts;
}

/** What later callers compute: every built-in scenario evaluated, and the plan of the base workbook. */
function results(): string {
  const evaluations = Object.values(core.BUILTIN_SCENARIOS).map((scenario) =>
    core.evaluate({ ...scenario, horizon: 15 }),
  );
  const viaSet = core.evaluate(core.BUILTIN_SCENARIOS.base, core.modelForFacts(core.BUILTIN_FACT_SET));
  const plan = core.buildWorkbookPlan({ scenarios: Object.values(core.BUILTIN_SCENARIOS), selected: 'base' });
  return JSON.stringify({ evaluations, viaSet, plan });
}

describe('the public surface cannot be corrupted', () => {
  it('every write into anything reachable from an export throws, and later results are unchanged', () => {
    const before = results();
    let attempted = 0;
    for (const [name, value] of Object.entries(PUBLIC_VALUES))
      for (const target of reachableObjects(value))
        for (const write of writes(target)) {
          attempted++;
          expect(write, `a write into ${name}`).toThrow(TypeError);
        }
    expect(attempted).toBeGreaterThan(1000);
    expect(results()).toBe(before);
  });

  it('BUILTIN_MODEL’s and BUILTIN_FACT_SET’s lookups refuse writes, and the model’s scratch is out of reach', () => {
    const model = core.BUILTIN_MODEL as unknown as Record<string, unknown>;
    expect(model.scratch).toBeUndefined();
    expect(() => (core.BUILTIN_MODEL.rowOf as Map<string, number>).set('cash.end', 0)).toThrow(TypeError);
    expect(() => (core.BUILTIN_MODEL.firstIndex as Map<string, number>).delete('cash.end')).toThrow(
      TypeError,
    );
    expect(() => (core.BUILTIN_FACT_SET.vintages as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(core.BUILTIN_MODEL.rowOf.get('cash.end')).toBeGreaterThanOrEqual(0);
  });

  it('every object and array reachable from an export of any @aifin/core entry is frozen, and no typed array is reachable', () => {
    const findings = Object.entries(PUBLIC_VALUES).flatMap(([name, value]) => mutableReachable(value, name));
    expect(findings).toEqual([]);
  });
});
