import { describe, expect, it } from 'vitest';
import { renderTable } from './table.js';

/** Each drawn line's width in characters (the test's cells are one column wide each). */
const lineWidths = (text: string): number[] =>
  text
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.length);

const YEARS = Array.from({ length: 15 }, (_, i) => String(2026 + i));
const ROWS = [
  [
    'Funding gap: new money needed to keep the minimum cash',
    'USD B',
    ...YEARS.map((_, i) => (i * 123.45).toFixed(2)),
  ],
  ['Cash at year end', 'USD B', ...YEARS.map((_, i) => (i * -7.5).toFixed(2))],
];

describe('renderTable with a screen to fit', () => {
  it('draws the one table when it fits, and with an infinite width', () => {
    const table = renderTable(['a', 'b'], [['1', '2']], { fit: { width: 80, keep: 1 } });
    expect(table).toBe(renderTable(['a', 'b'], [['1', '2']]));
    const wide = renderTable(['line', 'unit', ...YEARS], ROWS, {
      fit: { width: Number.POSITIVE_INFINITY, keep: 2 },
    });
    expect(wide).toBe(renderTable(['line', 'unit', ...YEARS], ROWS));
  });

  it('splits columns into blocks within the width, each repeating the kept columns, every column once', () => {
    const table = renderTable(['line', 'unit', ...YEARS], ROWS, {
      alignRight: YEARS.map((_, i) => i + 2),
      fit: { width: 80, keep: 2, wrapFirst: 28 },
    });
    for (const width of lineWidths(table)) expect(width).toBeLessThanOrEqual(80);
    const headers = table.split('\n').filter((line) => line.startsWith('│ line '));
    expect(headers.length).toBeGreaterThan(1);
    expect(headers.flatMap((line) => line.match(/20\d\d/g) ?? [])).toEqual(YEARS);
    // The long label wraps at 28 rather than taking the width of every block.
    expect(table).toContain('│ Funding gap: new money');
    expect(table).not.toContain('Funding gap: new money needed to keep');
  });

  it('narrows wrapping columns to their longest word, never cutting it', () => {
    const table = renderTable(
      ['id', 'what', 'source'],
      [['F1', 'a long description of what the fact says', 'Reuters 2026-02-20 and more words']],
      { widths: [6, 50, 50], fit: { width: 60, keep: 1 } },
    );
    for (const width of lineWidths(table)) expect(width).toBeLessThanOrEqual(60);
    expect(table).toContain('2026-02-20');
    expect(table).not.toContain('…');
  });
});
