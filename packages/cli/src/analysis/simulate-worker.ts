// A worker thread's entry: prepares the run once from its setup, then runs each task it is sent with core's
// `runSimulationTask` and posts the result back, its typed arrays transferred rather than copied. Bundled as
// dist/simulate-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { modelForFacts } from '@aifin/core';
import { prepareSimulation, runSimulationTask, taskTransferables } from '@aifin/core/analysis';
import type { WorkerMessage, WorkerRequest, WorkerSetup } from './simulation-job.js';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (port === null) throw new Error('simulate-worker runs only as a worker thread');
const prepared = prepareSimulation(modelForFacts(setup.factSet), setup.plan);
port.on('message', ({ task }: WorkerRequest) => {
  try {
    const result = runSimulationTask(prepared, task, (paths) =>
      port.postMessage({ kind: 'progress', paths } satisfies WorkerMessage),
    );
    port.postMessage({ kind: 'result', result } satisfies WorkerMessage, taskTransferables(result));
  } catch (error) {
    // An allocation the process limits refuse (RangeError: Array buffer allocation failed) is reported, not thrown.
    port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
