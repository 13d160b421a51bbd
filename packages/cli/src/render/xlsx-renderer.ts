import { Worker } from 'node:worker_threads';
import type { FactSet } from '@aifin/core';
import { fromWireError, renderXlsxJob, type XlsxJob, type XlsxReply } from './xlsx-job.js';

/** Renders the workbooks of one export, one at a time, in order. */
export interface XlsxRenderer {
  readonly render: (job: XlsxJob) => Promise<Buffer>;
  /** Stops the worker, if any; safe to call more than once. */
  readonly close: () => Promise<void>;
}

/**
 * From how many workbooks an export renders them in the worker thread. One workbook (the plain `aifin export`)
 * renders here: the worker's start-up would add about 0.05 s for no saving, since one workbook peaks near 90 MB
 * either way. From two on the worker pays: in this thread the heap grows with every further workbook (measured:
 * 1 → 3 → 8 → 100 files peak at 95, 120, 141 and about 200 MB), with the worker the batch stays near 100 MB up to
 * 8 files and below 150 MB for 100 (see the README's Benchmarks).
 */
const WORKER_FROM = 2;

/**
 * The worker's heap limits (MB), the one way a Node process can bound a heap of its own without command-line flags
 * (a shebang with arguments breaks npm's Windows shims). The young generation is what matters: V8 otherwise lets
 * it reach 32 MB and the old generation four times what a collection keeps alive (about 15 MB) before collecting.
 * A limit below 2 GB already makes V8 grow the old generation by at most 1.3 to 2 times, so its limit is generous:
 * a workbook that still does not fit renders in the main thread (see openXlsxRenderer). The price is collection
 * work: a 100-file batch spends about 40% more CPU, mostly in V8's helper threads, and takes about a quarter longer
 * on 2 CPUs (measured: 137 MB and 10.5 s against 200 MB and 8.7 s). A young generation of 6 or 12 MB peaks at 143
 * or 147 MB for no clear gain in time; an old generation limit makes no difference anywhere below 2 GB.
 */
const LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 3 };

/** The bundled worker beside the CLI's entry; this module may sit in a chunk one directory down. */
const workerUrl = (): URL =>
  new URL(import.meta.url.includes('/chunks/') ? '../xlsx-worker.js' : './xlsx-worker.js', import.meta.url);

/** Run from the TypeScript sources (the unit tests) there is no bundled worker to start. */
const fromSources = (): boolean => import.meta.url.endsWith('.ts');

const inProcess = (facts: FactSet): XlsxRenderer => ({
  render: (job) => renderXlsxJob(job, facts),
  close: async () => {},
});

const isOutOfMemory = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A renderer for an export of `workbooks` workbooks: in this thread for a few, in one long-lived worker thread
 * with a bounded heap for more, so that a batch's peak memory stays flat however many files it has. A workbook
 * too large for the worker's heap is rendered here instead, and so is every later one; any other failure of the
 * worker rejects the render that was waiting.
 * @example const xlsx = openXlsxRenderer(facts, 100); try { await xlsx.render(job) } finally { await xlsx.close() }
 */
export const openXlsxRenderer = (facts: FactSet, workbooks: number): XlsxRenderer => {
  if (workbooks < WORKER_FROM || fromSources()) return inProcess(facts);
  const fallback = inProcess(facts);
  let worker: Worker | null = new Worker(workerUrl(), { workerData: facts, resourceLimits: LIMITS });
  // One job at a time: the reply or the failure of the job in flight settles it.
  let waiting: { resolve: (reply: XlsxReply) => void; reject: (error: unknown) => void } | null = null;
  let failure: unknown = null;
  const settle = (outcome: { reply: XlsxReply } | { error: unknown }) => {
    const current = waiting;
    waiting = null;
    if (current === null) return;
    if ('reply' in outcome) current.resolve(outcome.reply);
    else current.reject(outcome.error);
  };
  worker.on('message', (reply: XlsxReply) => settle({ reply }));
  worker.on('error', (error) => {
    failure = error;
    settle({ error });
  });
  worker.on('exit', (code) => {
    worker = null;
    failure ??= new Error(`the xlsx render worker stopped with exit code ${code}`);
    settle({ error: failure });
  });

  const render = async (job: XlsxJob): Promise<Buffer> => {
    if (isOutOfMemory(failure)) return fallback.render(job);
    if (failure !== null || worker === null) throw failure;
    const running = worker;
    let reply: XlsxReply;
    try {
      reply = await new Promise<XlsxReply>((resolve, reject) => {
        waiting = { resolve, reject };
        running.postMessage(job);
      });
    } catch (error) {
      if (isOutOfMemory(error)) return fallback.render(job);
      throw error;
    }
    if (!reply.ok) throw fromWireError(reply.error);
    return Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength);
  };

  const close = async (): Promise<void> => {
    const running = worker;
    worker = null;
    failure ??= new Error('the xlsx renderer is closed');
    if (running !== null) await running.terminate();
  };

  return { render, close };
};
