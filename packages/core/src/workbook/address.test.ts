import { describe, expect, it } from 'vitest';
import { a1, absolute, columnLetter, qualified, rowRange } from './address.js';

describe('A1 addresses', () => {
  it('names columns past Z and ZZ', () => {
    expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('writes relative, absolute and row ranges', () => {
    expect(a1(4, 2)).toBe('B4');
    expect(absolute(4, 2)).toBe('$B$4');
    expect(rowRange(5, 4, 11)).toBe('$D$5:$K$5');
  });

  it('quotes sheet names and doubles their apostrophes', () => {
    expect(qualified('Loss Model', 'D5')).toBe("'Loss Model'!D5");
    expect(qualified("Analyst's", 'A1')).toBe("'Analyst''s'!A1");
  });
});
