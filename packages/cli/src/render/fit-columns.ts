/**
 * How a table too wide for the screen is laid out: as blocks of columns, each repeating the `keep` leading columns
 * (a line's label and unit, a scenario's name), the others split in order so that every block fits `limit`
 * characters. `widths` are the drawn widths of the columns (padding included); a table's borders take one
 * character per column plus one. A column wider than the screen on its own still gets a block: the terminal
 * wraps that one, rather than the table losing it.
 * @example splitColumns([20, 8, 8, 8, 8], 1, 40) // [[1, 2], [3, 4]]
 */
export function splitColumns(widths: readonly number[], keep: number, limit: number): readonly number[][] {
  const kept = widths.slice(0, keep).reduce((sum, width) => sum + width + 1, 1);
  const blocks: number[][] = [];
  let block: number[] = [];
  let used = kept;
  for (let column = keep; column < widths.length; column++) {
    const width = (widths[column] ?? 0) + 1;
    if (block.length > 0 && used + width > limit) {
      blocks.push(block);
      block = [];
      used = kept;
    }
    block.push(column);
    used += width;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/**
 * Narrows the wrapping columns of a table (`widths`, padding included) until the table fits `limit` characters:
 * the column with the most room above its floor loses a character at a time, none below its floor (`floors[i]`, or
 * `floors` for all). Returns the widths unchanged when they fit; the caller splits what still does not fit.
 * @example shrinkWidths([24, 8, 80], 80, 10) // [24, 8, 44]
 */
export function shrinkWidths(
  widths: readonly number[],
  limit: number,
  floors: number | readonly number[],
): readonly number[] {
  const floor = (i: number): number => (typeof floors === 'number' ? floors : (floors[i] ?? 0));
  const result = [...widths];
  let total = result.reduce((sum, width) => sum + width + 1, 1);
  while (total > limit) {
    const room = result.map((width, i) => width - floor(i));
    const roomiest = room.indexOf(Math.max(...room));
    if ((room[roomiest] ?? 0) <= 0) break;
    result[roomiest] = (result[roomiest] ?? 0) - 1;
    total--;
  }
  return result;
}
