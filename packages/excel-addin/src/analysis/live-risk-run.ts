import type { Model, SimulationResult } from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation } from '@aifin/core/analysis';
import type { AnalysisJob } from './analysis-protocol.js';
import { jobModel } from './job-model.js';
import type { LiveRiskRequest } from './live-risk-protocol.js';

/** Thrown from the pause hook to unwind an obsolete run out of core's runner; never leaves this file. */
const SUPERSEDED = new Error('superseded by a newer live-risk request');

/** Runs a live request; resolves to null when a newer request superseded it (it then stops between chunks). */
export type LiveRiskRun = (request: LiveRiskRequest) => Promise<SimulationResult | null>;

/**
 * The live-risk worker's work, newest request first: each run yields (`pause`) before it starts and between the
 * runner's chunks, so a newer request posted meanwhile is received; from then on the older run is obsolete and
 * stops at its next pause instead of finishing work nobody will see. `pause` must let queued messages in (a
 * MessageChannel round trip in the worker; setImmediate in Node tests).
 * @example const run = liveRiskRun(yieldToMessages); await run({ kind: 'live', generation: 1, job })
 */
export function liveRiskRun(pause: () => Promise<void>): LiveRiskRun {
  let newest = -Infinity;
  let cached: { readonly key: string; readonly model: Model } | null = null;

  // A drag posts a request per step, all with the same facts: compile their model once, not per request.
  function modelOf(job: AnalysisJob): Model {
    const key = JSON.stringify([job.facts, job.actuals]);
    if (cached?.key !== key) cached = { key, model: jobModel(job) };
    return cached.model;
  }

  return async function run(request) {
    newest = Math.max(newest, request.generation);
    const obsolete = () => request.generation < newest;
    await pause();
    if (obsolete()) return null;
    const prepared = prepareSimulation(modelOf(request.job), request.job.plan);
    try {
      return await runSimulation(
        prepared,
        localThreads(prepared, async () => {
          await pause();
          if (obsolete()) throw SUPERSEDED;
        }),
      );
    } catch (error) {
      if (error === SUPERSEDED) return null;
      throw error;
    }
  };
}
