import type { FactSet, Scenario, SimulationResult } from '@aifin/core';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { LIVE_PATHS, LIVE_SEED } from '../analysis/live-risk-protocol.js';
import { FanChart } from './FanChart.js';
import { formatBillions } from './format.js';
import { LIVE_BAND_LINES, liveBands } from './live-bands.js';
import type { LiveRisk } from './live-risk-client.js';
import { useLiveRisk } from './use-live-risk.js';

/** Props of {@link LiveRiskPanel}. */
export interface LiveRiskPanelProps {
  readonly live: LiveRisk;
  /** The previewed scenario: the chosen one with the what-if inputs over it. */
  readonly scenario: Scenario;
  readonly factSet: FactSet;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  // The bands of the inputs before the change stay in view, faded, until the new ones arrive.
  stale: { opacity: 0.6 },
  line: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase100,
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': { textAlign: 'right', padding: `0 ${tokens.spacingHorizontalXXS}` },
    '& caption': { textAlign: 'left', color: tokens.colorNeutralForeground3 },
  },
});

const COLUMNS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/**
 * The live bands of the previewed scenario: for revenue, free cash flow and cash, a fan chart (P5–P95, P25–P75,
 * median) and, under "Numbers", the same percentiles by year as a table. They follow every what-if move; while a
 * run is in flight the section is marked busy and the bands shown are the last finished ones. The live state lives
 * here, not in App, so a result re-renders this panel alone.
 * @example <LiveRiskPanel live={operations.liveRisk} scenario={previewed} factSet={factSet} />
 */
export function LiveRiskPanel({ live, scenario, factSet }: LiveRiskPanelProps) {
  const styles = useStyles();
  const { result, busy, error } = useLiveRisk(live, scenario, factSet);
  return (
    <div className={styles.root} data-testid="live-risk" aria-busy={busy}>
      <Caption1 className={styles.note} data-testid="live-risk-label">
        live · {LIVE_PATHS.toLocaleString('en-US')} paths · seed {LIVE_SEED}
        {busy ? ' · updating…' : ''}
      </Caption1>
      {error !== null && <Caption1 role="alert">{error}</Caption1>}
      {result === null && error === null && <Caption1 className={styles.note}>Simulating…</Caption1>}
      {result !== null && (
        <div className={busy ? styles.stale : undefined}>
          <LiveBands result={result} />
        </div>
      )}
    </div>
  );
}

/** The charts and tables of one result; memoised, as the panel re-renders when a run starts without new numbers. */
const LiveBands = memo(function LiveBands({ result }: { readonly result: SimulationResult }) {
  const styles = useStyles();
  return LIVE_BAND_LINES.map(({ line, label }) => {
    const bands = liveBands(result, line);
    return (
      <div key={line} className={styles.line}>
        <Caption1>{label}</Caption1>
        <FanChart label={label} bands={bands} />
        <details>
          <summary>
            <Caption1>Numbers</Caption1>
          </summary>
          <table className={styles.table} data-testid={`live-bands-${line}`}>
            <caption>{label}, USD billions, percentiles by year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {COLUMNS.map((key) => (
                  <th key={key} scope="col">
                    {key.toUpperCase()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bands.map((band) => (
                <tr key={band.year}>
                  <th scope="row">{band.year}</th>
                  {COLUMNS.map((key) => (
                    <td key={key}>{formatBillions(band[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    );
  });
});
