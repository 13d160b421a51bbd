// A worker thread's entry. In-memory: runs its share of the paths chunk by chunk and posts each chunk back, its
// typed arrays transferred rather than copied. Streaming: runs its share once for the pass it was given, posts
// progress after each chunk and its accumulator at the end. Bundled as dist/simulate-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { modelForFacts, passAccumulator, prepareSimulation, simulateChunk, simulatePass } from '@aifin/core';
import {
  accumulatorBuffers,
  CHUNK_PATHS,
  type SimulationShare,
  type StreamingMessage,
  type StreamingShare,
} from './simulation-job.js';
import { pathUniform } from './uniform.js';

const share = workerData as SimulationShare | StreamingShare;
const port = parentPort;
if (port === null) throw new Error('simulate-worker runs only as a worker thread');
const prepared = prepareSimulation({
  scenario: share.scenario,
  facts: share.factSet.facts,
  holdFacts: share.holdFacts,
  distribution: share.distribution,
  model: modelForFacts(share.factSet),
});
const end = share.start + share.count;
if ('probes' in share) {
  const accumulator = passAccumulator(prepared, share.probes);
  for (let start = share.start; start < end; start += CHUNK_PATHS) {
    const count = Math.min(CHUNK_PATHS, end - start);
    simulatePass(prepared, share.offsets, { seed: share.seed, start, count }, pathUniform, accumulator);
    port.postMessage({ kind: 'progress', paths: count } satisfies StreamingMessage);
  }
  port.postMessage(
    { kind: 'accumulator', accumulator } satisfies StreamingMessage,
    accumulatorBuffers(accumulator),
  );
} else {
  for (let start = share.start; start < end; start += CHUNK_PATHS) {
    const count = Math.min(CHUNK_PATHS, end - start);
    const chunk = simulateChunk(prepared, { seed: share.seed, start, count }, pathUniform);
    port.postMessage(
      chunk,
      [chunk.samples, chunk.runwayEnd, chunk.breakeven].map((a) => a.buffer as ArrayBuffer),
    );
  }
}
