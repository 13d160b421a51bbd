import { describe, expect, it } from 'vitest';
import * as core from './index.js';

const base = core.BUILTIN_SCENARIOS.base;

/** Calls of the public API with arguments only a program gets wrong: each must be a TypeError, never a user error. */
const CALLS: readonly (readonly [string, () => unknown])[] = [
  ['parseFactsText(null)', () => core.parseFactsText(null as never, 'f.yaml')],
  ['parseFactsText(text, 5)', () => core.parseFactsText('facts: []', 5 as never)],
  ['parseFactsFile(a string)', () => core.parseFactsFile('facts: []' as never, 'f.yaml')],
  ['parseScenarioText(null)', () => core.parseScenarioText(null as never, 's.yaml')],
  ['parseScenarioFile(a number)', () => core.parseScenarioFile(42 as never, 's.yaml')],
  ['parseAsOf(null)', () => core.parseAsOf(null as never)],
  ['parseAsOf(a Date)', () => core.parseAsOf(new Date() as never)],
  ['parseMetric(5)', () => core.parseMetric(5 as never, 5)],
  ['builtinScenario(3)', () => core.builtinScenario(3 as never)],
  ['evaluate(null)', () => core.evaluate(null as never)],
  ['evaluate(base, {})', () => core.evaluate(base, {} as never)],
  [
    'compileModel({ lastActualYear: "2026" })',
    () => core.compileModel({ lines: core.LINES, facts: core.FACTS, lastActualYear: '2026' as never }),
  ],
  ['compileModel(null)', () => core.compileModel(null as never)],
  ['checkFactSetFinite(null)', () => core.checkFactSetFinite(null as never)],
  [
    'tornado(base, "cash.end@2030", …)',
    () => core.tornado(base, 'cash.end@2030' as never, core.inputRanges(base)),
  ],
  [
    'sensitivityStudy(base, BUILTIN_MODEL, "x")',
    () => core.sensitivityStudy(base, core.BUILTIN_MODEL, 'x' as never),
  ],
];

describe('programmer errors are TypeErrors, not the user’s', () => {
  it.each(CALLS)('%s', (_, call) => {
    expect(call).toThrow(TypeError);
    try {
      call();
    } catch (error) {
      expect(error).not.toBeInstanceOf(core.AifinError);
    }
  });

  it('compileModel({ lastActualYear: 1e9 }) is a RangeError, not an out-of-memory abort', () => {
    expect(() => core.compileModel({ lines: core.LINES, facts: core.FACTS, lastActualYear: 1e9 })).toThrow(
      RangeError,
    );
  });
});
