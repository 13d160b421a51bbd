import { AifinError, userErrors } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { fromWireError, toWireError } from './xlsx-job.js';

/** What structured clone would deliver on the other side of the thread. */
const across = (error: unknown): Error => fromWireError(structuredClone(toWireError(error)));

describe('an error crossing from the render worker', () => {
  it('stays a user error, with its code and message, so it is still reported in one line', () => {
    const original = userErrors.duplicateScenario('base', ['scenarios', 'scenarios']);
    const error = across(original);
    expect(error).toBeInstanceOf(AifinError);
    expect(error).toMatchObject({ code: original.code, message: original.message });
  });

  it("stays a bug otherwise, keeping the worker's message and stack", () => {
    const original = new TypeError('cannot read x of undefined');
    const error = across(original);
    expect(error).not.toBeInstanceOf(AifinError);
    expect(error.message).toBe(original.message);
    expect(error.stack).toBe(original.stack);
  });

  it('turns a thrown non-error into a message', () => {
    expect(across('plain text').message).toBe('plain text');
  });
});
