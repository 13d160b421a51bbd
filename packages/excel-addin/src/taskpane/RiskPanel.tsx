import { MAX_STREAMING_PASSES } from '@aifin/core/analysis';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AnalysisProgress, AnalysisResult } from '../analysis/analysis-protocol.js';
import { formatUsdB } from './format.js';
import type { AnalysisState } from './use-analysis.js';

/** Paths the pane runs: enough for stable percentiles, few enough for a worker to finish in seconds. */
export const PANE_MIN_PATHS = 100;
export const PANE_MAX_PATHS = 1_000_000;
const MAX_SEED = 0xffff_ffff;

/** Props of {@link RiskPanel}. */
export interface RiskPanelProps {
  readonly state: AnalysisState;
  readonly onRun: (paths: number, seed: number) => void;
  readonly onCancel: () => void;
  readonly onBuild: (result: AnalysisResult) => void;
  readonly disabled: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Stacked, like the other fields: a Fluent Input keeps a minimum width that two side by side would overflow.
  field: { minWidth: 0 },
  input: { minWidth: 0 },
  progress: { width: '100%', accentColor: tokens.colorBrandBackground },
  note: { color: tokens.colorNeutralForeground3 },
});

const whole = (text: string, min: number, max: number): number | null =>
  /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : null;

/** A line of what a finished run found: the median ARR and the chance the runway ends, by the last year. */
const findings = ({ simulation: result }: AnalysisResult): string => {
  const last = result.years.at(-1) ?? 0;
  const index = result.years.length - 1;
  const arr = result.percentiles['arr.total'].p50[index] ?? null;
  const runway = result.probabilities.runwayEndBy[String(last)] ?? 0;
  return `${result.paths.toLocaleString('en-US')} paths: median ARR ${arr === null ? '—' : formatUsdB(arr)} at end of ${last}; runway ended by ${last} in ${(runway * 100).toFixed(1)} % of paths.`;
};

/** What the progress line says: the worker starting, the sensitivity study's steps, then the paths (and pass). */
const progressText = (progress: AnalysisProgress | null): string => {
  if (progress === null) return 'Starting…';
  const { stage, done, total, pass } = progress;
  if (stage === 'sensitivity') return `Sensitivity: ${done} of ${total} tornadoes and grids`;
  const paths = `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} paths`;
  return pass === 0 ? paths : `${paths}, pass ${pass} of at most ${MAX_STREAMING_PASSES}`;
};

/**
 * The previewed scenario's analysis, in a Web Worker: its sensitivity study (tornadoes and grids), then Monte Carlo
 * over the paths and seed given; a progress bar with Cancel, and a build of the workbook with the Scenarios,
 * Sensitivity and Risk sheets from the result.
 * @example <RiskPanel state={state} onRun={run} onCancel={cancel} onBuild={build} disabled={false} />
 */
export const RiskPanel = ({ state, onRun, onCancel, onBuild, disabled }: RiskPanelProps) => {
  const styles = useStyles();
  const [pathsText, setPathsText] = useState('10000');
  const [seedText, setSeedText] = useState('1');
  const paths = whole(pathsText, PANE_MIN_PATHS, PANE_MAX_PATHS);
  const seed = whole(seedText, 0, MAX_SEED);
  const running = state.status === 'running';
  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label="Paths"
        {...(paths === null
          ? {
              validationState: 'error' as const,
              validationMessage: `A whole number from ${PANE_MIN_PATHS} to ${PANE_MAX_PATHS}`,
            }
          : {})}
      >
        <Input
          className={styles.input}
          type="number"
          value={pathsText}
          onChange={(_e, d) => setPathsText(d.value)}
          disabled={running}
        />
      </Field>
      <Field
        className={styles.field}
        label="Seed"
        {...(seed === null
          ? { validationState: 'error' as const, validationMessage: `A whole number from 0 to ${MAX_SEED}` }
          : {})}
      >
        <Input
          className={styles.input}
          type="number"
          value={seedText}
          onChange={(_e, d) => setSeedText(d.value)}
          disabled={running}
        />
      </Field>
      {running ? (
        <>
          {/* The native element (Fluent's ProgressBar would add to a pane held to 200 kB of JavaScript);
              without a value it is indeterminate, while the worker starts. */}
          <progress
            className={styles.progress}
            {...(state.progress ? { value: state.progress.done, max: state.progress.total } : {})}
            aria-label={state.progress?.stage === 'paths' ? 'Simulation progress' : 'Sensitivity progress'}
          />
          <Caption1 data-testid="simulation-progress">{progressText(state.progress)}</Caption1>
          <Button onClick={onCancel}>Cancel</Button>
        </>
      ) : (
        <Button
          disabled={disabled || paths === null || seed === null}
          onClick={() => paths !== null && seed !== null && onRun(paths, seed)}
        >
          Run analysis
        </Button>
      )}
      {state.status === 'done' && (
        <>
          <Caption1 data-testid="simulation-result">{findings(state.result)}</Caption1>
          <Button appearance="primary" disabled={disabled} onClick={() => onBuild(state.result)}>
            Build with analysis sheets
          </Button>
        </>
      )}
      {state.status === 'failed' && <Caption1 role="alert">{state.message}</Caption1>}
      {state.status === 'idle' && state.note && <Caption1 className={styles.note}>{state.note}</Caption1>}
    </div>
  );
};
