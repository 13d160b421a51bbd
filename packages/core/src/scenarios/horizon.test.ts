import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { parseHorizon } from './horizon.js';

describe('parseHorizon', () => {
  it('accepts whole numbers 1–15 as numbers or text and names anything else', () => {
    expect(parseHorizon('7')).toBe(7);
    expect(parseHorizon(15)).toBe(15);
    for (const bad of [
      '0',
      '16',
      '2.5',
      'ten',
      '',
      -1,
      '0xF',
      '0b11',
      '0o7',
      '1e1',
      '+5',
      '-5',
      '5.',
      ' ',
      '١٢',
    ]) {
      expect(userErrorOf(() => parseHorizon(bad)).code).toBe('HORIZON_INVALID');
    }
    expect(userErrorOf(() => parseHorizon('ten')).message).toBe(
      'horizon = "ten": must be a whole number of years from 1 to 15',
    );
  });
});
