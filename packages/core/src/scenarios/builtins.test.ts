import { describe, expect, it } from 'vitest';
import { INPUT_IDS, INPUTS } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from './builtins.js';
import { BUILTIN_SCENARIO_NAMES } from './scenario.js';

describe('built-in scenarios', () => {
  it('set every input within its bounds, each with a one-line reason', () => {
    for (const name of BUILTIN_SCENARIO_NAMES) {
      const scenario = BUILTIN_SCENARIOS[name];
      for (const id of INPUT_IDS) {
        expect(scenario.inputs[id], `${name}.${id}`).toBeGreaterThanOrEqual(INPUTS[id].min);
        expect(scenario.inputs[id], `${name}.${id}`).toBeLessThanOrEqual(INPUTS[id].max);
        expect(scenario.rationale[id].length, `${name}.${id}`).toBeGreaterThan(10);
        expect(scenario.rationale[id]).not.toContain('\n');
      }
    }
  });

  it('differ from one another in their assumptions', () => {
    const differing = INPUT_IDS.filter(
      (id) => new Set(BUILTIN_SCENARIO_NAMES.map((n) => BUILTIN_SCENARIOS[n].inputs[id])).size > 1,
    );
    expect(differing.length).toBeGreaterThanOrEqual(12);
  });
});
