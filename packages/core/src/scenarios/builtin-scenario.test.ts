import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { builtinScenario } from './builtin-scenario.js';
import { BUILTIN_SCENARIOS } from './builtins.js';

describe('builtinScenario', () => {
  it('returns a built-in, optionally over another horizon', () => {
    expect(builtinScenario('bear')).toBe(BUILTIN_SCENARIOS.bear);
    expect(builtinScenario('bull', 12).horizon).toBe(12);
  });

  it('names an unknown scenario and the choices', () => {
    expect(userErrorOf(() => builtinScenario('bearish')).message).toBe(
      'unknown scenario "bearish": use one of bear, base, bull, plan or a .json/.yaml file',
    );
  });
});
