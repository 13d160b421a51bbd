import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_IDS, INPUTS, type InputId } from '../../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { resolveScenario } from './resolve-scenario.js';

describe('resolveScenario', () => {
  it('extends base by default and keeps its inputs, reasons and horizon when nothing is overridden', () => {
    const scenario = resolveScenario({ name: 'plain' });
    const { base } = BUILTIN_SCENARIOS;
    expect(scenario).toEqual({
      name: 'plain',
      description: 'base with 0 inputs changed',
      extends: 'base',
      horizon: base.horizon,
      inputs: base.inputs,
      rationale: base.rationale,
      overrides: [],
    });
  });

  it('applies overrides on the parent it names, with the reason given or a default that names the scenario', () => {
    const scenario = resolveScenario({
      name: 'mine',
      extends: 'bear',
      description: 'Mine',
      horizon: 9,
      inputs: {
        openingCash: 50,
        growthFade: { value: 0.3, rationale: 'Agents slow down' },
        apiGrowth2026: { value: 0.2 },
      },
    });
    const { bear } = BUILTIN_SCENARIOS;
    expect(scenario).toMatchObject({ name: 'mine', description: 'Mine', extends: 'bear', horizon: 9 });
    expect(scenario.inputs).toEqual({ ...bear.inputs, openingCash: 50, growthFade: 0.3, apiGrowth2026: 0.2 });
    expect(scenario.rationale.growthFade).toBe('Agents slow down');
    expect(scenario.rationale.openingCash).toBe('Set by scenario mine (no reason given).');
    expect(scenario.rationale.apiGrowth2026).toBe('Set by scenario mine (no reason given).');
    expect(scenario.rationale.evToEbit).toBe(bear.rationale.evToEbit);
    // In input order, not file order.
    expect(scenario.overrides).toEqual(['apiGrowth2026', 'growthFade', 'openingCash']);
  });

  it('lists exactly the overridden inputs, in input order, and leaves the built-ins untouched', () => {
    const before = structuredClone(BUILTIN_SCENARIOS);
    fc.assert(
      fc.property(fc.shuffledSubarray<InputId>([...INPUT_IDS]), (ids) => {
        const inputs = Object.fromEntries(ids.map((id) => [id, INPUTS[id].max]));
        const scenario = resolveScenario({ name: 'p', inputs });
        expect(scenario.overrides).toEqual(INPUT_IDS.filter((id) => ids.includes(id)));
        for (const id of INPUT_IDS)
          expect(scenario.inputs[id]).toBe(
            ids.includes(id) ? INPUTS[id].max : BUILTIN_SCENARIOS.base.inputs[id],
          );
      }),
    );
    expect(BUILTIN_SCENARIOS).toEqual(before);
  });
});
