import type { SimulationResult } from '@aifin/core';
import type { AnalysisJob } from '../analysis/analysis-protocol.js';
import type { LiveRiskMessage, LiveRiskRequest } from '../analysis/live-risk-protocol.js';

/** The parts of a Worker the live-risk client uses, so tests can hand it a fake. */
export interface LiveRiskPort {
  postMessage(message: LiveRiskRequest): void;
  onmessage: ((event: MessageEvent<LiveRiskMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Live risk as the pane uses it: the newest run wins. */
export interface LiveRisk {
  /**
   * Simulates `job`, superseding any run still in flight. Resolves to the result, or to null once a newer run was
   * asked for (the worker then stops the older run, and any result it still sends is dropped).
   */
  readonly run: (job: AnalysisJob) => Promise<SimulationResult | null>;
  /** Stops the worker; the next run starts a new one. */
  readonly dispose: () => void;
}

interface Pending {
  readonly generation: number;
  readonly resolve: (result: SimulationResult | null) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Live risk over one long-lived worker (made by `spawn` on the first run): each run is numbered, and only a
 * message carrying the newest number settles anything, so a stale result can never reach the pane, whatever order
 * the worker answers in.
 * @example const live = liveRiskClient(() => new Worker(url, { type: 'module' })); await live.run(job)
 */
export function liveRiskClient(spawn: () => LiveRiskPort): LiveRisk {
  let port: LiveRiskPort | null = null;
  let generation = 0;
  let pending: Pending | null = null;

  function supersede(): void {
    pending?.resolve(null);
    pending = null;
  }

  function started(): LiveRiskPort {
    if (port !== null) return port;
    const worker = spawn();
    worker.onmessage = (event) => {
      const message = event.data;
      // An answer to an older request: a newer one is on its way.
      if (pending === null || message.generation !== pending.generation) return;
      const { resolve, reject } = pending;
      pending = null;
      if (message.kind === 'live-done') resolve(message.simulation);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      // A worker that threw outside a run (it failed to load, say) is gone: the next run starts another.
      worker.terminate();
      if (port === worker) port = null;
      const failed = pending;
      pending = null;
      failed?.reject(new Error(event.message || 'the live-risk worker failed'));
    };
    port = worker;
    return worker;
  }

  return {
    run(job) {
      supersede();
      generation += 1;
      const request: LiveRiskRequest = { kind: 'live', generation, job };
      return new Promise((resolve, reject) => {
        pending = { generation: request.generation, resolve, reject };
        started().postMessage(request);
      });
    },
    dispose() {
      supersede();
      port?.terminate();
      port = null;
    },
  };
}

/**
 * The pane's live risk: one module Web Worker (the analysis worker's script), started on the first run and kept.
 * @example const live = liveRiskInWorker(); const result = await live.run(analysisJob(scenario, LIVE_PATHS, LIVE_SEED))
 */
export function liveRiskInWorker(): LiveRisk {
  return liveRiskClient(
    () => new Worker(new URL('../analysis/analysis-worker.ts', import.meta.url), { type: 'module' }),
  );
}
