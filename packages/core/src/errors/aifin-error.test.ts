import { describe, expect, it } from 'vitest';
import { AifinError } from './aifin-error.js';

describe('AifinError', () => {
  const error = new AifinError('HORIZON_INVALID', 'horizon = "0": must be a whole number');

  it('carries a code a program can switch on and the message as given', () => {
    expect(error.code).toBe('HORIZON_INVALID');
    expect(error.message).toBe('horizon = "0": must be a whole number');
  });

  it('is an Error named AifinError, with a stack', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(AifinError);
    expect(error.name).toBe('AifinError');
    expect(String(error)).toBe('AifinError: horizon = "0": must be a whole number');
    expect(error.stack).toContain('AifinError');
  });

  it('is caught as an Error and told apart from a plain one', () => {
    const thrown = (() => {
      try {
        throw new AifinError('SCENARIO_UNKNOWN', 'unknown scenario "x"');
      } catch (e) {
        return e;
      }
    })();
    expect(thrown instanceof AifinError && thrown.code).toBe('SCENARIO_UNKNOWN');
    expect(new Error('bug') instanceof AifinError).toBe(false);
  });

  it('is recognised by another copy of the class (the ES module and CommonJS builds of one program)', async () => {
    // A query makes the module load a second time: a second AifinError class, as require() next to import gives.
    const second = './aifin-error.js?second-copy';
    const copy = (await import(/* @vite-ignore */ second)) as typeof import('./aifin-error.js');
    expect(copy.AifinError).not.toBe(AifinError);
    expect(error instanceof copy.AifinError).toBe(true);
    expect(new copy.AifinError('USAGE', 'x') instanceof AifinError).toBe(true);
    expect(new Error('bug') instanceof copy.AifinError).toBe(false);
    expect(Object.keys(error)).not.toContain(Symbol.for('@aifin/core/AifinError'));
  });
});
