import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from './builtins.js';
import { whatIfScenario } from './what-if.js';

describe('whatIfScenario', () => {
  it('changes only the inputs given, names them as overrides and says where they were set', () => {
    const bull = BUILTIN_SCENARIOS.bull;
    const s = whatIfScenario(bull, { growthFade: 0.1, evToEbit: bull.inputs.evToEbit });
    expect(s).toMatchObject({
      name: 'what-if',
      extends: 'bull',
      horizon: bull.horizon,
      overrides: ['growthFade'],
    });
    expect(s.inputs).toEqual({ ...bull.inputs, growthFade: 0.1 });
    expect(s.rationale.growthFade).toBe(`Set in the what-if panel (bull: ${bull.inputs.growthFade}).`);
    expect(s.rationale.evToEbit).toBe(bull.rationale.evToEbit);
    expect(s.description).toBe('bull with 1 input changed in the what-if panel');
  });
});
