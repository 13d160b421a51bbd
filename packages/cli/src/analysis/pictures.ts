const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * A series as one line of block characters, lowest to highest; a blank where a value is missing.
 * @example sparkline([1, 2, 3, null]) // '▁▄█ '
 */
export const sparkline = (values: readonly (number | null)[]): string => {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return ' '.repeat(values.length);
  const min = Math.min(...present);
  const span = Math.max(...present) - min;
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return ' ';
      const level = span === 0 ? 3 : Math.round(((v - min) / span) * (BLOCKS.length - 1));
      return BLOCKS[level];
    })
    .join('');
};

/**
 * A P10–P90 band as a text bar on a shared scale `[min, max]`: `━` across the band, `┃` at the median.
 * @example bandBar(2, 5, 8, 0, 10, 10) // '  ━━┃━━━  '
 */
export const bandBar = (
  p10: number,
  p50: number,
  p90: number,
  min: number,
  max: number,
  width: number,
): string => {
  const span = max - min;
  const at = (v: number) =>
    span === 0
      ? Math.floor(width / 2)
      : Math.min(width - 1, Math.max(0, Math.round(((v - min) / span) * (width - 1))));
  const cells = Array.from({ length: width }, () => ' ');
  for (let i = at(p10); i <= at(p90); i++) cells[i] = '━';
  cells[at(p50)] = '┃';
  return cells.join('');
};
