// The render worker's entry, bundled as dist/xlsx-worker.js: renders the workbook of each message, one after the
// other, and posts back its bytes (transferred, not copied) or the error. The fact set arrives once, as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import type { FactSet } from '@aifin/core';
import { renderXlsxJob, toWireError, type XlsxJob, type XlsxReply } from './xlsx-job.js';

const port = parentPort;
if (port === null) throw new Error('xlsx-worker runs only as a worker thread');
const facts = workerData as FactSet;

/** Bytes whose ArrayBuffer they fill alone: only those may be transferred (a small Buffer shares Node's pool). */
const ownBuffer = (bytes: Buffer): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);

// Chained, so that a job arriving while another renders waits for it.
let queue: Promise<void> = Promise.resolve();
port.on('message', (job: XlsxJob) => {
  queue = queue.then(async () => {
    let reply: XlsxReply;
    try {
      reply = { ok: true, bytes: ownBuffer(await renderXlsxJob(job, facts)) };
    } catch (error) {
      reply = { ok: false, error: toWireError(error) };
    }
    port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
  });
});
