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

/**
 * One tornado bar as text on a scale shared by every bar, `[-reach, reach]` around the scenario's value (`┃`, heavy
 * so it stands apart from a table's borders):
 * `░` from there to the metric's change with the input at its low end, `█` to its change at the high end.
 * @example tornadoBar(-2, 4, 4, 9) // '  ░░┃████'
 */
export const tornadoBar = (
  changeAtLow: number,
  changeAtHigh: number,
  reach: number,
  width: number,
): string => {
  const centre = Math.floor(width / 2);
  const half = width - 1 - centre;
  const at = (change: number) =>
    reach === 0 ? centre : centre + Math.round((Math.max(-reach, Math.min(reach, change)) / reach) * half);
  const cells = Array.from({ length: width }, () => ' ');
  const fill = (change: number, mark: string) => {
    const end = at(change);
    for (let i = Math.min(centre, end); i <= Math.max(centre, end); i++) cells[i] = mark;
  };
  // The larger change drawn last would hide the smaller one on the same side: draw the larger first.
  if (Math.abs(changeAtLow) >= Math.abs(changeAtHigh)) {
    fill(changeAtLow, '░');
    fill(changeAtHigh, '█');
  } else {
    fill(changeAtHigh, '█');
    fill(changeAtLow, '░');
  }
  cells[centre] = '┃';
  return cells.join('');
};
