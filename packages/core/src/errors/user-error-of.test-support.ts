import { AifinError } from './aifin-error.js';

/**
 * Runs code that must reject a user's input and returns the `AifinError` it throws, so a test can assert on its code
 * and message. Anything else it throws propagates; not throwing fails the test. Test support only: not in dist.
 * @example expect(userErrorOf(() => parseHorizon('0')).code).toBe('HORIZON_INVALID')
 */
export const userErrorOf = (run: () => unknown): AifinError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AifinError) return error;
    throw error;
  }
  throw new Error('expected an AifinError');
};
