import type { Scenario, SimulationResult } from '@aifin/core';
import { useCallback, useRef, useState } from 'react';
import type { RunSimulation } from './run-simulation.js';
import { simulationJob } from './simulation-job.js';

/** Where a simulation stands; each state is what the pane shows. */
export type SimulationState =
  | { readonly status: 'idle'; readonly note: string | null }
  | { readonly status: 'running'; readonly done: number; readonly paths: number }
  /** `scenario` is the one the run drew from: a result describes only it. */
  | { readonly status: 'done'; readonly result: SimulationResult; readonly scenario: Scenario }
  | { readonly status: 'failed'; readonly message: string };

/** The simulation state and its actions. */
export interface SimulationControls {
  readonly state: SimulationState;
  readonly run: (scenario: Scenario, paths: number, seed: number) => void;
  readonly cancel: () => void;
  /** Forgets a result (the scenario changed, so it no longer describes it). */
  readonly reset: () => void;
}

/**
 * Runs simulations through the injected runner, one at a time, cancellable.
 * @example const { state, run, cancel } = useSimulation(operations.runSimulation)
 */
export const useSimulation = (runner: RunSimulation | undefined): SimulationControls => {
  const [state, setState] = useState<SimulationState>({ status: 'idle', note: null });
  const current = useRef<AbortController | null>(null);

  const run = useCallback(
    (scenario: Scenario, paths: number, seed: number) => {
      if (!runner || current.current) return;
      const controller = new AbortController();
      current.current = controller;
      setState({ status: 'running', done: 0, paths });
      runner(
        simulationJob(scenario, paths, seed),
        (done) => {
          if (!controller.signal.aborted) setState({ status: 'running', done, paths });
        },
        controller.signal,
      )
        .then((result) => setState({ status: 'done', result, scenario }))
        .catch((error: unknown) =>
          setState(
            controller.signal.aborted
              ? { status: 'idle', note: 'Simulation cancelled.' }
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
