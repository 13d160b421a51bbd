// The pane's simulation worker (bundled by Vite as a module worker): runs a job off the UI thread, so the pane
// stays responsive; the pane cancels a run by terminating the worker.
import { runJob } from './run-job.js';
import type { SimulationJob, SimulationMessage } from './simulation-protocol.js';

/** The parts of a dedicated worker's global scope this file uses (the pane's tsconfig has the DOM lib only). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SimulationJob>) => void) | null;
  postMessage: (message: SimulationMessage) => void;
};

scope.onmessage = (event) => {
  try {
    const result = runJob(event.data, (done) => scope.postMessage({ kind: 'progress', done }));
    scope.postMessage({ kind: 'done', result });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
