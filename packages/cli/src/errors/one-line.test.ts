import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line.js';

describe('oneLine', () => {
  it('joins lines with a space and trims', () => {
    expect(oneLine('a\n(b)\r\n  c  ')).toBe('a (b) c');
    expect(oneLine('single')).toBe('single');
  });
});
