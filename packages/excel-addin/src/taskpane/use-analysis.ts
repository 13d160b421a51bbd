import type { FactSet, Scenario } from '@aifin/core';
import { useCallback, useRef, useState } from 'react';
import type { AnalysisProgress, AnalysisResult } from '../analysis/analysis-protocol.js';
import { analysisJob } from './analysis-job.js';
import type { RunAnalysis } from './run-analysis.js';

/** Where an analysis stands; each state is what the pane shows. */
export type AnalysisState =
  | { readonly status: 'idle'; readonly note: string | null }
  /** `progress` is null until the worker's first report. */
  | { readonly status: 'running'; readonly progress: AnalysisProgress | null }
  /** `scenario` and `factSet` are what the run studied: a result describes only them. */
  | {
      readonly status: 'done';
      readonly result: AnalysisResult;
      readonly scenario: Scenario;
      readonly factSet: FactSet;
    }
  | { readonly status: 'failed'; readonly message: string };

/** The analysis state and its actions. */
export interface AnalysisControls {
  readonly state: AnalysisState;
  readonly run: (scenario: Scenario, paths: number, seed: number, factSet: FactSet) => void;
  readonly cancel: () => void;
  /** Forgets a result (the scenario changed, so it no longer describes it). */
  readonly reset: () => void;
}

/**
 * Runs analyses (sensitivity study, then simulation) through the injected runner, one at a time, cancellable.
 * @example const { state, run, cancel } = useAnalysis(operations.runAnalysis)
 */
export const useAnalysis = (runner: RunAnalysis | undefined): AnalysisControls => {
  const [state, setState] = useState<AnalysisState>({ status: 'idle', note: null });
  const current = useRef<AbortController | null>(null);

  const run = useCallback(
    (scenario: Scenario, paths: number, seed: number, factSet: FactSet) => {
      if (!runner || current.current) return;
      const controller = new AbortController();
      current.current = controller;
      setState({ status: 'running', progress: null });
      runner(
        analysisJob(scenario, paths, seed, factSet),
        (progress) => {
          if (!controller.signal.aborted) setState({ status: 'running', progress });
        },
        controller.signal,
      )
        .then((result) => setState({ status: 'done', result, scenario, factSet }))
        .catch((error: unknown) =>
          setState(
            controller.signal.aborted
              ? { status: 'idle', note: 'Analysis cancelled.' }
              : { status: 'failed', message: error instanceof Error ? error.message : String(error) },
          ),
        )
        .finally(() => {
          current.current = null;
        });
    },
    [runner],
  );

  const cancel = useCallback(() => current.current?.abort(), []);
  const reset = useCallback(() => {
    current.current?.abort();
    setState({ status: 'idle', note: null });
  }, []);
  return { state, run, cancel, reset };
};
