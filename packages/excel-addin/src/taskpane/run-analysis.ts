import type {
  AnalysisJob,
  AnalysisMessage,
  AnalysisProgress,
  AnalysisResult,
} from '../analysis/analysis-protocol.js';

/**
 * Runs an analysis (sensitivity study, then simulation) off the UI thread, reporting progress; rejects with an
 * AbortError when `signal` aborts.
 */
export type RunAnalysis = (
  job: AnalysisJob,
  onProgress: (progress: AnalysisProgress) => void,
  signal: AbortSignal,
) => Promise<AnalysisResult>;

/**
 * The pane's runner: a module Web Worker per run, terminated when the run ends or is cancelled.
 * @example await runAnalysisInWorker(analysisJob(BUILTIN_SCENARIOS.base, 10_000, 1), setProgress, signal)
 */
export const runAnalysisInWorker: RunAnalysis = (job, onProgress, signal) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../analysis/analysis-worker.ts', import.meta.url), {
      type: 'module',
    });
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      stop();
      reject(new DOMException('The analysis was cancelled.', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        const { kind: _kind, ...progress } = message;
        onProgress(progress);
      } else {
        stop();
        if (message.kind === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'the analysis worker failed'));
    };
    worker.postMessage(job);
  });
