import type { FactSet, Scenario, SimulationResult } from '@aifin/core';
import { useEffect, useState } from 'react';
import { LIVE_PATHS, LIVE_SEED } from '../analysis/live-risk-protocol.js';
import { analysisJob } from './analysis-job.js';
import type { LiveRisk } from './live-risk-client.js';

/** What the live bands show: the newest finished run (kept on screen while the next one runs), and whether one is. */
export interface LiveRiskState {
  /** The run of the scenario as it was at the last finished request; null before the first. */
  readonly result: SimulationResult | null;
  /** A run is in flight: the bands shown are about to change. */
  readonly busy: boolean;
  readonly error: string | null;
}

/**
 * Re-runs the live simulation whenever the scenario (what-if inputs included) or the facts change. Only the
 * request goes out on this thread; the paths run in the worker, and a newer change supersedes a run in flight.
 * @example const { result, busy, error } = useLiveRisk(live, previewed, factSet)
 */
export function useLiveRisk(live: LiveRisk, scenario: Scenario, factSet: FactSet): LiveRiskState {
  const [state, setState] = useState<LiveRiskState>({ result: null, busy: false, error: null });
  useEffect(() => {
    // Also cleared when the effect re-runs: a settled promise of an earlier scenario must not overwrite this one.
    let current = true;
    setState((before) => ({ ...before, busy: true }));
    live.run(analysisJob(scenario, LIVE_PATHS, LIVE_SEED, factSet)).then(
      (result) => {
        if (current && result !== null) setState({ result, busy: false, error: null });
      },
      (error: unknown) => {
        if (current)
          setState({
            result: null,
            busy: false,
            error: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [live, scenario, factSet]);
  return state;
}
