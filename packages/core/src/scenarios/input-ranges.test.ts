import { describe, expect, it } from 'vitest';
import { INPUT_IDS, INPUTS } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from './builtins.js';
import { inputRanges, rangeByRule } from './input-ranges.js';
import { parseScenarioText } from './parse-scenario-text.js';
import { BUILTIN_SCENARIO_NAMES } from './scenario.js';

describe('input ranges', () => {
  it('give every numeric input of every built-in a range holding its value, within bounds, with a reason', () => {
    for (const name of BUILTIN_SCENARIO_NAMES) {
      const scenario = BUILTIN_SCENARIOS[name];
      const ranges = inputRanges(scenario);
      for (const id of INPUT_IDS) {
        const range = ranges[id];
        if (INPUTS[id].choices) {
          expect(range, `${name}.${id}`).toBeNull();
          continue;
        }
        if (range === null) throw new Error(`${name}.${id} has no range`);
        const value = scenario.inputs[id];
        expect(range.low, `${name}.${id}`).toBeLessThanOrEqual(value);
        expect(range.high, `${name}.${id}`).toBeGreaterThanOrEqual(value);
        expect(range.high, `${name}.${id}`).toBeGreaterThan(range.low);
        expect(range.low).toBeGreaterThanOrEqual(INPUTS[id].min);
        expect(range.high).toBeLessThanOrEqual(INPUTS[id].max);
        expect(range.reason.length).toBeGreaterThan(10);
        if (INPUTS[id].integer)
          expect(Number.isInteger(range.low) && Number.isInteger(range.high)).toBe(true);
      }
    }
  });

  it('clamp to the input’s bounds, and give the choice inputs no range', () => {
    expect(rangeByRule('growthFade', 0.3)).toMatchObject({ low: 0.2, high: 0.4 });
    expect(rangeByRule('growthFade', 0.95)).toMatchObject({ low: 0.85, high: 1 });
    expect(rangeByRule('contingentPaid', 1)).toMatchObject({ low: 0.5, high: 1 });
    expect(rangeByRule('loss2025Basis', 0)).toBeNull();
    expect(rangeByRule('gapFunding', 1)).toBeNull();
  });

  it('take a scenario file’s { value, low, high } and follow the rule elsewhere', () => {
    const scenario = parseScenarioText(
      'name: r\ninputs:\n  growthFade: { value: 0.3, low: 0.1, high: 0.5, rationale: wide }\n  terminalGrowth: 0.06\n',
      'r.yaml',
    );
    const ranges = inputRanges(scenario);
    expect(ranges.growthFade).toEqual({ low: 0.1, high: 0.5, reason: 'Range set by scenario r.' });
    expect(ranges.terminalGrowth).toMatchObject({ low: 0.04, high: 0.08 });
    expect(scenario.rationale.growthFade).toBe('wide');
  });

  it('reject a range that does not hold its value, a lone end, or an end out of bounds', () => {
    expect(() =>
      parseScenarioText('name: r\ninputs:\n  growthFade: { value: 0.3, low: 0.4, high: 0.5 }\n', 'r.yaml'),
    ).toThrow('r.yaml: inputs.growthFade = {"value":0.3,"low":0.4,"high":0.5}: must have low ≤ value ≤ high');
    expect(() =>
      parseScenarioText('name: r\ninputs:\n  growthFade: { value: 0.3, low: 0.1 }\n', 'r.yaml'),
    ).toThrow(/must give both "low" and "high", or neither/);
    expect(() =>
      parseScenarioText('name: r\ninputs:\n  growthFade: { value: 0.3, low: 0.1, high: 2 }\n', 'r.yaml'),
    ).toThrow(/inputs\.growthFade\.high = 2: must be between 0 and 1/);
  });
});
