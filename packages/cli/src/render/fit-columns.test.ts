import { describe, expect, it } from 'vitest';
import { shrinkWidths, splitColumns } from './fit-columns.js';

describe('splitColumns', () => {
  it('keeps everything in one block when the table fits', () => {
    expect(splitColumns([10, 5, 5], 1, 80)).toEqual([[1, 2]]);
  });

  it('splits the columns after the kept ones into blocks that each fit, in order', () => {
    // Kept: 1 + 21 = 22; each year column 9 with its border: two fit in 40, the third would make 49.
    expect(splitColumns([20, 8, 8, 8, 8, 8], 1, 40)).toEqual([[1, 2], [3, 4], [5]]);
    // Every block's width is within the limit.
    const widths = [30, 9, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12];
    for (const block of splitColumns(widths, 2, 80)) {
      const drawn = [0, 1, ...block].reduce((sum, column) => sum + (widths[column] ?? 0) + 1, 1);
      expect(drawn).toBeLessThanOrEqual(80);
    }
  });

  it('gives a column too wide for the limit a block of its own rather than dropping it', () => {
    expect(splitColumns([10, 100, 5], 1, 40)).toEqual([[1], [2]]);
  });
});

describe('shrinkWidths', () => {
  it('narrows the widest column first until the table fits', () => {
    expect(shrinkWidths([24, 8, 80], 80, 10)).toEqual([24, 8, 44]);
    expect(shrinkWidths([30, 30], 41, 10)).toEqual([19, 19]);
  });

  it('keeps each column at its own floor, narrowing the one with the most room above it', () => {
    // 63 wide, 22 to lose: both columns give until their room above the floor is equal, then in turn.
    expect(shrinkWidths([30, 30], 41, [20, 10])).toEqual([24, 14]);
    expect(shrinkWidths([30, 30], 20, [20, 10])).toEqual([20, 10]);
  });

  it('stops at the minimum, and leaves a table that fits alone', () => {
    expect(shrinkWidths([12, 12], 10, 10)).toEqual([10, 10]);
    expect(shrinkWidths([5, 5], 80, 3)).toEqual([5, 5]);
  });
});
