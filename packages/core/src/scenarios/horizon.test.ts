import { describe, expect, it } from 'vitest';
import { AifinError } from '../errors/aifin-error.js';
import { parseHorizon } from './horizon.js';

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

describe('parseHorizon', () => {
  it('accepts whole numbers 1–15 as numbers or text and names anything else', () => {
    expect(parseHorizon('7')).toBe(7);
    expect(parseHorizon(15)).toBe(15);
    for (const bad of ['0', '16', '2.5', 'ten', '', -1]) {
      expect(failure(() => parseHorizon(bad)).code).toBe('HORIZON_INVALID');
    }
    expect(failure(() => parseHorizon('ten')).message).toBe(
      'horizon = "ten": must be a whole number of years from 1 to 15',
    );
  });
});
