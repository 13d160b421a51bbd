import type { SimulationResult } from '@aifin/core';
import type { SimulationJob, SimulationMessage } from '../analysis/simulation-protocol.js';

/** Runs a simulation off the UI thread, reporting progress; rejects with an AbortError when `signal` aborts. */
export type RunSimulation = (
  job: SimulationJob,
  onProgress: (done: number) => void,
  signal: AbortSignal,
) => Promise<SimulationResult>;

/**
 * The pane's runner: a module Web Worker per run, terminated when the run ends or is cancelled.
 * @example await runSimulationInWorker({ scenario, paths: 10_000, seed: 1, holdFacts: false }, setDone, signal)
 */
export const runSimulationInWorker: RunSimulation = (job, onProgress, signal) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../analysis/simulation-worker.ts', import.meta.url), {
      type: 'module',
    });
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      stop();
      reject(new DOMException('The simulation was cancelled.', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<SimulationMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.done);
      else {
        stop();
        if (message.kind === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'the simulation worker failed'));
    };
    worker.postMessage(job);
  });
