import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { parseAsOf } from './as-of.js';

describe('parseAsOf', () => {
  it('accepts a date on or after the built-in facts', () => {
    expect(parseAsOf('2026-02-20')).toBe('2026-02-20');
    expect(parseAsOf('2027-01-31')).toBe('2027-01-31');
  });

  it.each(['2026-02-19', '2026-13-01', 'tomorrow', '2026-2-21'])('rejects %s in one line', (value) => {
    const error = userErrorOf(() => parseAsOf(value));
    expect(error.code).toBe('AS_OF_INVALID');
    expect(error.message).toContain(`as-of = "${value}"`);
  });
});
