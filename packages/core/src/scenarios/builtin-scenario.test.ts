import { describe, expect, it } from 'vitest';
import { AifinError } from '../errors/aifin-error.js';
import { builtinScenario } from './builtin-scenario.js';
import { BUILTIN_SCENARIOS } from './builtins.js';

/** The error a parse raises, so a test can assert on its code and message. */
const failure = (run: () => unknown): AifinError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AifinError) return error;
    throw error;
  }
  throw new Error('expected an AifinError');
};

describe('builtinScenario', () => {
  it('returns a built-in, optionally over another horizon', () => {
    expect(builtinScenario('bear')).toBe(BUILTIN_SCENARIOS.bear);
    expect(builtinScenario('bull', 12).horizon).toBe(12);
  });

  it('names an unknown scenario and the choices', () => {
    expect(failure(() => builtinScenario('bearish')).message).toBe(
      'unknown scenario "bearish": use one of bear, base, bull or a .json/.yaml file',
    );
  });
});
