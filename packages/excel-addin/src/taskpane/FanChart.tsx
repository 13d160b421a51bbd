import { makeStyles, tokens } from '@fluentui/react-components';
import { formatBillions } from './format.js';
import type { BandYear } from './live-bands.js';

/** Props of {@link FanChart}. */
export interface FanChartProps {
  /** What the chart shows, e.g. "Revenue": its accessible name begins with it. */
  readonly label: string;
  readonly bands: readonly BandYear[];
}

const WIDTH = 280;
const HEIGHT = 72;
/** Room for the year labels under the plot. */
const AXIS = 12;

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  outer: { fill: tokens.colorBrandBackground2 },
  inner: { fill: tokens.colorBrandBackground2Hover, stroke: 'none' },
  median: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 1.5 },
  zero: { stroke: tokens.colorNeutralStroke1, strokeDasharray: '2 2' },
  text: { fill: tokens.colorNeutralForeground3, fontSize: '9px' },
});

/**
 * A compact fan chart: the P5–P95 band, the P25–P75 band over it and the median as a line, by year, with a dashed
 * zero line when the values cross it. Plain SVG drawn by React, so the pane ships no chart library; the image's
 * name says the range in words, and the pane shows the numbers in a table beside it.
 * @example <FanChart label="Revenue" bands={liveBands(result, 'revenue.total')} />
 */
export function FanChart({ label, bands }: FanChartProps) {
  const styles = useStyles();
  const first = bands[0];
  const last = bands.at(-1);
  if (first === undefined || last === undefined) return null;
  const low = Math.min(0, ...bands.map((b) => b.p5));
  const high = Math.max(0, ...bands.map((b) => b.p95));
  const span = high - low || 1;
  const plot = HEIGHT - AXIS;
  const x = (i: number) => (bands.length === 1 ? WIDTH / 2 : (i * WIDTH) / (bands.length - 1));
  const y = (value: number) => ((high - value) / span) * plot;
  const line = (values: readonly number[]) => values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
  const band = (lower: readonly number[], upper: readonly number[]) =>
    `${line(upper)} ${[...lower]
      .map((v, i) => `${x(i)},${y(v)}`)
      .reverse()
      .join(' ')}`;
  const of = (key: keyof BandYear) => bands.map((b) => b[key]);
  const name = `${label}, USD billions, ${first.year}–${last.year}: in ${last.year} median ${formatBillions(last.p50)}, P5–P95 ${formatBillions(last.p5)} to ${formatBillions(last.p95)}`;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={name}>
      <polygon className={styles.outer} points={band(of('p5'), of('p95'))} />
      <polygon className={styles.inner} points={band(of('p25'), of('p75'))} />
      {low < 0 && <line className={styles.zero} x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} />}
      <polyline className={styles.median} points={line(of('p50'))} />
      {/* The scale: the top and bottom of the plot, USD billions. */}
      <text className={styles.text} x={0} y={8}>
        {formatBillions(high)}
      </text>
      <text className={styles.text} x={0} y={plot - 2}>
        {formatBillions(low)}
      </text>
      <text className={styles.text} x={0} y={HEIGHT - 1}>
        {first.year}
      </text>
      <text className={styles.text} x={WIDTH} y={HEIGHT - 1} textAnchor="end">
        {last.year}
      </text>
    </svg>
  );
}
