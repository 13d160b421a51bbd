/**
 * Converts a column width in characters (the plan's unit, and Excel's in its UI and in .xlsx files) to points,
 * the unit of `range.format.columnWidth`. Excel sizes a column as `chars × 7 + 5` pixels for its default font
 * (Calibri 11, a 7-pixel digit), and a pixel is 0.75 point.
 * @example charactersToPoints(8.43) // 48, Excel's default column
 */
export const charactersToPoints = (characters: number): number =>
  Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
