// The pane's analysis worker (bundled by Vite as a module worker): runs a job (sensitivity study, then simulation)
// off the UI thread, so the pane stays responsive; the pane cancels a run by terminating the worker.

import type { AnalysisJob, AnalysisMessage } from './analysis-protocol.js';
import { runJob } from './run-job.js';

/** The parts of a dedicated worker's global scope this file uses (the pane's tsconfig has the DOM lib only). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalysisJob>) => void) | null;
  postMessage: (message: AnalysisMessage) => void;
};

scope.onmessage = async (event) => {
  try {
    const result = await runJob(event.data, (progress) =>
      scope.postMessage({ kind: 'progress', ...progress }),
    );
    scope.postMessage({ kind: 'done', result });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
