import { describe, expect, it } from 'vitest';
import { PIPE_WIDTH, screenWidth } from './screen-width.js';

describe('screenWidth', () => {
  it('is the terminal’s width when stdout is a terminal, whatever COLUMNS says', () => {
    expect(screenWidth({ isTTY: true, columns: 132 }, { COLUMNS: '40' })).toBe(132);
  });

  it('is COLUMNS when a whole number, else 80, in a pipe', () => {
    expect(screenWidth({ isTTY: false }, { COLUMNS: '120' })).toBe(120);
    expect(screenWidth({}, {})).toBe(PIPE_WIDTH);
    for (const junk of ['', '0', '-5', '12abc', '1e3', '999999'])
      expect(screenWidth({}, { COLUMNS: junk }), junk).toBe(PIPE_WIDTH);
  });
});
