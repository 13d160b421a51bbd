// A worker thread's entry: runs its share of the paths chunk by chunk and posts each chunk back, its typed arrays
// transferred rather than copied. Bundled as dist/simulate-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { modelForFacts, prepareSimulation, simulateChunk } from '@aifin/core';
import { CHUNK_PATHS, type SimulationShare } from './simulation-job.js';
import { pathUniform } from './uniform.js';

const share = workerData as SimulationShare;
const port = parentPort;
if (port === null) throw new Error('simulate-worker runs only as a worker thread');
const prepared = prepareSimulation({
  scenario: share.scenario,
  facts: share.factSet.facts,
  holdFacts: share.holdFacts,
  distribution: share.distribution,
  model: modelForFacts(share.factSet),
});
for (let start = share.start; start < share.start + share.count; start += CHUNK_PATHS) {
  const count = Math.min(CHUNK_PATHS, share.start + share.count - start);
  const chunk = simulateChunk(prepared, { seed: share.seed, start, count }, pathUniform);
  port.postMessage(
    chunk,
    [chunk.samples, chunk.runwayEnd, chunk.breakeven].map((a) => a.buffer as ArrayBuffer),
  );
}
