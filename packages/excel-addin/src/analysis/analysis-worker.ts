// The pane's analysis worker (bundled by Vite as a module worker), off the UI thread so the pane stays responsive.
// It serves two kinds of request: an analysis job (sensitivity study, then simulation), in a worker of its own that
// the pane terminates to cancel; and live-risk requests, in one long-lived worker that stops an obsolete run between
// chunks itself (a fresh worker would pay its start-up and a cold JIT on every slider step).

import type { AnalysisJob, AnalysisMessage } from './analysis-protocol.js';
import type { LiveRiskMessage, LiveRiskRequest } from './live-risk-protocol.js';
import { liveRiskRun } from './live-risk-run.js';
import { runJob } from './run-job.js';

/** The parts of a dedicated worker's global scope this file uses (the pane's tsconfig has the DOM lib only). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalysisJob | LiveRiskRequest>) => void) | null;
  postMessage: (message: AnalysisMessage | LiveRiskMessage) => void;
};

/**
 * Lets the messages already queued for this worker run first: a MessageChannel round trip is a task, like them,
 * without setTimeout's clamping to 4 ms when nested.
 */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const runLive = liveRiskRun(yieldToMessages);

async function answerLive(request: LiveRiskRequest): Promise<void> {
  const { generation } = request;
  try {
    const simulation = await runLive(request);
    if (simulation !== null) scope.postMessage({ kind: 'live-done', generation, simulation });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ kind: 'live-failed', generation, message });
  }
}

async function answerJob(job: AnalysisJob): Promise<void> {
  try {
    const result = await runJob(job, (progress) => scope.postMessage({ kind: 'progress', ...progress }));
    scope.postMessage({ kind: 'done', result });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  const data = event.data;
  // Only live requests carry a kind; an analysis job is the job itself.
  void ('kind' in data ? answerLive(data) : answerJob(data));
};
