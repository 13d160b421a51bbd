import { BUILTIN_FACT_SET, BUILTIN_SCENARIOS, modelForFacts, whatIfScenario } from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation } from '@aifin/core/analysis';
import { describe, expect, it } from 'vitest';
import { analysisJob } from '../taskpane/analysis-job.js';
import type { AnalysisJob } from './analysis-protocol.js';
import { LIVE_PATHS, LIVE_SEED } from './live-risk-protocol.js';
import { liveRiskRun } from './live-risk-run.js';

const base = BUILTIN_SCENARIOS.base;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));
const jobFor = (growthFade: number, paths = LIVE_PATHS) =>
  analysisJob(whatIfScenario(base, { growthFade }), paths, LIVE_SEED);

/** What core's runner gives for a job on this thread: what the live worker must send back. */
async function expected(job: AnalysisJob) {
  const prepared = prepareSimulation(modelForFacts(BUILTIN_FACT_SET), job.plan);
  return runSimulation(prepared, localThreads(prepared));
}

/**
 * A pause the test releases one at a time (`step`), so it can post a newer request between two chunks of an older
 * run and see whether that run goes on.
 */
function steppedPause() {
  const waiting: (() => void)[] = [];
  let free = false;
  return {
    pause: () => (free ? nextTick() : new Promise<void>((resolve) => waiting.push(resolve))),
    waiting: () => waiting.length,
    async step() {
      while (waiting.length === 0) await nextTick();
      waiting.shift()?.();
      await nextTick();
    },
    release() {
      free = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

describe('liveRiskRun, the live worker’s work', () => {
  it('simulates the job’s plan as core’s runner does: same seed and plan, same numbers', async () => {
    const job = jobFor(0.12);
    const run = liveRiskRun(nextTick);
    expect(await run({ kind: 'live', generation: 1, job })).toEqual(await expected(job));
  });

  it('skips a request that a newer one superseded before it started, and runs the newer', async () => {
    const run = liveRiskRun(nextTick);
    const older = run({ kind: 'live', generation: 1, job: jobFor(0.12) });
    const newer = run({ kind: 'live', generation: 2, job: jobFor(0.25) });
    expect(await older).toBeNull();
    expect(await newer).toEqual(await expected(jobFor(0.25)));
  });

  it('stops an obsolete run between chunks instead of finishing it', async () => {
    // 25,000 paths: five chunks, each preceded by a pause.
    const stepped = steppedPause();
    const run = liveRiskRun(stepped.pause);
    let olderSettled = false;
    const older = run({ kind: 'live', generation: 1, job: jobFor(0.12, 25_000) }).finally(() => {
      olderSettled = true;
    });
    await stepped.step(); // before it starts
    await stepped.step(); // before chunk 1
    await stepped.step(); // before chunk 2: chunk 1 has run
    while (stepped.waiting() === 0) await nextTick(); // it waits before chunk 3
    const newer = run({ kind: 'live', generation: 2, job: jobFor(0.25, 25_000) });
    // The older run's pause ends first: it must stop there, asking for no further pause (a run that went on would
    // ask for one before its next chunk and never settle while the newer run waits too).
    await stepped.step();
    await nextTick();
    expect(olderSettled).toBe(true);
    expect(await older).toBeNull();
    expect(stepped.waiting()).toBe(1); // only the newer run's
    stepped.release();
    expect(await newer).toEqual(await expected(jobFor(0.25, 25_000)));
  });

  it('lets a run’s own failure through (a plan it cannot simulate)', async () => {
    const run = liveRiskRun(nextTick);
    const job = jobFor(0.12);
    const broken = { ...job, plan: { ...job.plan, components: [] } };
    await expect(run({ kind: 'live', generation: 1, job: broken })).rejects.toThrow();
  });
});
