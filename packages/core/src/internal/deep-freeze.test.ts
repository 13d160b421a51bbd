import { describe, expect, it } from 'vitest';
import { evaluate } from '../model/evaluate.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { deepFreeze } from './deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes a value and everything inside it, and returns it', () => {
    const value = { a: { b: [1, { c: 2 }] } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(deepFreeze(3)).toBe(3);
  });

  it('keeps one caller from changing the built-in scenarios for every later one', () => {
    const before = evaluate(BUILTIN_SCENARIOS.base).summary;
    const inputs = BUILTIN_SCENARIOS.base.inputs as Record<string, number>;
    expect(() => {
      inputs.openingCash = 1e6;
    }).toThrow(TypeError);
    expect(() => {
      (BUILTIN_SCENARIOS.bull as { horizon: number }).horizon = 15;
    }).toThrow(TypeError);
    expect(() => {
      (BUILTIN_SCENARIOS.bear.overrides as string[]).push('growthFade');
    }).toThrow(TypeError);
    expect(() => {
      (BUILTIN_SCENARIOS as Record<string, unknown>).base = null;
    }).toThrow(TypeError);
    expect(evaluate(BUILTIN_SCENARIOS.base).summary).toEqual(before);
  });
});
