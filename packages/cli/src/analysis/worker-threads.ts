import { Worker } from 'node:worker_threads';
import type { SimulationTask, SimulationTaskResult, SimulationThreads } from '@aifin/core/analysis';
import type { WorkerMessage, WorkerSetup } from './simulation-job.js';

/** One started worker and the task it is running, if any. */
interface Lane {
  readonly worker: Worker;
  busy: boolean;
}

/** Started worker threads that can run simulation tasks, and a way to stop them all. */
export interface WorkerPool extends SimulationThreads {
  readonly close: () => Promise<void>;
}

function startWorker(url: URL, setup: WorkerSetup): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: setup });
    } catch {
      resolve(null); // the thread could not be created (EAGAIN under a thread limit)
      return;
    }
    const failed = () => {
      worker.off('message', ready);
      void worker.terminate();
      resolve(null);
    };
    // Ready when it says so: its set-up (compiling the model, preparing the run) did not fail.
    const ready = (message: WorkerMessage) => {
      if (message.kind !== 'ready') return;
      worker.off('error', failed);
      worker.off('exit', failed);
      worker.off('message', ready);
      resolve(worker);
    };
    worker.on('message', ready);
    worker.once('error', failed);
    worker.once('exit', failed);
  });
}

/**
 * Starts up to `count` worker threads. A thread that cannot start (a thread limit, memory) is left out; the pool
 * has the ones that did, possibly none (the caller then runs in its own thread).
 * @example const pool = await startWorkerPool(url, { plan, factSet }, 2); await runSimulation(prepared, pool)
 */
export async function startWorkerPool(url: URL, setup: WorkerSetup, count: number): Promise<WorkerPool> {
  const started = (await Promise.all(Array.from({ length: count }, () => startWorker(url, setup)))).filter(
    (w): w is Worker => w !== null,
  );
  const lanes: Lane[] = started.map((worker) => ({ worker, busy: false }));
  const run = (task: SimulationTask, onPaths: (paths: number) => void): Promise<SimulationTaskResult> => {
    const lane = lanes.find((l) => !l.busy);
    if (lane === undefined) throw new Error('more tasks in flight than workers');
    lane.busy = true;
    return new Promise((resolve, reject) => {
      const { worker } = lane;
      const done = () => {
        lane.busy = false;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.kind === 'progress') onPaths(message.paths);
        else if (message.kind === 'result') {
          done();
          resolve(message.result);
        } else if (message.kind === 'failed') {
          done();
          reject(new Error(message.message));
        }
      };
      const onError = (error: Error) => {
        done();
        reject(error);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`a simulation worker stopped with exit code ${code}`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ task });
    });
  };
  return {
    size: lanes.length,
    run,
    close: async () => {
      await Promise.all(lanes.map((l) => l.worker.terminate()));
    },
  };
}
