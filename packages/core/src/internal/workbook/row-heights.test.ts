import { describe, expect, it } from 'vitest';
import { text } from './cells.js';
import { LINE_HEIGHT_POINTS, wrappedRowHeights } from './row-heights.js';
import { buildSourcesSheet } from './sources-sheet.js';

describe('wrappedRowHeights', () => {
  it('gives a row the lines its longest wrapped text takes, and leaves one-line rows alone', () => {
    const heights = wrappedRowHeights({
      columnWidths: [11, 11],
      rows: [
        [text('short', 'wrapped')],
        [text('one two three four five', 'wrapped'), text('unwrapped text that is long', 'note')],
        [text('x'.repeat(25), 'noteWrapped')],
        [],
      ],
    });
    // 10 characters a line in an 11-wide column: "one two" / "three four" / "five"; a 25-character word: three.
    expect(heights).toEqual([null, 3 * LINE_HEIGHT_POINTS, 3 * LINE_HEIGHT_POINTS, null]);
  });

  it('makes the Sources rows tall enough for their source chains', () => {
    const sheet = buildSourcesSheet();
    const heights = wrappedRowHeights(sheet);
    const row = sheet.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].text === 'PB14');
    // Its chain of 86 characters takes three to five lines of the 26-wide column, as the words fall.
    expect(heights[row]).toBeGreaterThanOrEqual(3 * LINE_HEIGHT_POINTS);
    expect(heights[row]).toBeLessThanOrEqual(5 * LINE_HEIGHT_POINTS);
    expect(heights.slice(0, 5)).toEqual([null, null, null, null, null]);
  });
});
