import type { SimulationResult } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import type { AnalysisJob } from '../analysis/analysis-protocol.js';
import type { LiveRiskMessage, LiveRiskRequest } from '../analysis/live-risk-protocol.js';
import { type LiveRiskPort, liveRiskClient } from './live-risk-client.js';

/** A worker stand-in that records what it was sent and answers when the test says. */
function fakeWorkers() {
  const spawned: FakePort[] = [];
  class FakePort implements LiveRiskPort {
    readonly sent: LiveRiskRequest[] = [];
    terminated = false;
    onmessage: ((event: MessageEvent<LiveRiskMessage>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(message: LiveRiskRequest) {
      this.sent.push(message);
    }
    terminate() {
      this.terminated = true;
    }
    answer(message: LiveRiskMessage) {
      this.onmessage?.({ data: message } as MessageEvent<LiveRiskMessage>);
    }
  }
  return {
    spawned,
    spawn: () => {
      const port = new FakePort();
      spawned.push(port);
      return port;
    },
  };
}

const job = (name: string) => ({ scenario: { name } }) as unknown as AnalysisJob;
const result = (name: string) => ({ scenario: name }) as unknown as SimulationResult;
const done = (generation: number, name: string): LiveRiskMessage => ({
  kind: 'live-done',
  generation,
  simulation: result(name),
});

/** Which of the promises have settled so far, and how. */
async function settled<T>(promise: Promise<T>): Promise<{ value: T } | 'pending'> {
  return Promise.race([
    promise.then((value) => ({ value })),
    new Promise<'pending'>((r) => setImmediate(r, 'pending')),
  ]);
}

describe('liveRiskClient: the newest run wins', () => {
  it('numbers each request, and a newer one settles the older at once with null', async () => {
    const { spawned, spawn } = fakeWorkers();
    const live = liveRiskClient(spawn);
    const first = live.run(job('a'));
    const second = live.run(job('b'));
    expect(await settled(first)).toEqual({ value: null });
    expect(await settled(second)).toBe('pending');
    // One long-lived worker, told about both, newest last: it stops the older run itself.
    expect(spawned).toHaveLength(1);
    expect(spawned[0]?.sent.map((r) => [r.generation, (r.job.scenario as { name: string }).name])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    spawned[0]?.answer(done(2, 'b'));
    expect(await second).toEqual(result('b'));
  });

  it('drops a stale result that arrives after a newer request, and takes the newest', async () => {
    const { spawned, spawn } = fakeWorkers();
    const live = liveRiskClient(spawn);
    void live.run(job('a'));
    const newest = live.run(job('b'));
    const worker = spawned[0];
    // The worker finished the old run before it saw the new request: its answer must not pass for the new one.
    worker?.answer(done(1, 'a'));
    expect(await settled(newest)).toBe('pending');
    worker?.answer(done(2, 'b'));
    expect(await newest).toEqual(result('b'));
    // A late duplicate changes nothing.
    worker?.answer(done(2, 'c'));
    expect(await newest).toEqual(result('b'));
  });

  it('rejects the newest run when the worker fails it, but not for an older run’s failure', async () => {
    const { spawned, spawn } = fakeWorkers();
    const live = liveRiskClient(spawn);
    void live.run(job('a'));
    const newest = live.run(job('b'));
    spawned[0]?.answer({ kind: 'live-failed', generation: 1, message: 'old trouble' });
    expect(await settled(newest)).toBe('pending');
    spawned[0]?.answer({ kind: 'live-failed', generation: 2, message: 'new trouble' });
    await expect(newest).rejects.toThrow('new trouble');
  });

  it('after a worker error, fails the run in flight and starts a new worker for the next', async () => {
    const { spawned, spawn } = fakeWorkers();
    const live = liveRiskClient(spawn);
    const first = live.run(job('a'));
    spawned[0]?.onerror?.({ message: 'failed to load' } as ErrorEvent);
    await expect(first).rejects.toThrow('failed to load');
    expect(spawned[0]?.terminated).toBe(true);
    const next = live.run(job('b'));
    expect(spawned).toHaveLength(2);
    spawned[1]?.answer(done(2, 'b'));
    expect(await next).toEqual(result('b'));
  });

  it('dispose settles the run in flight with null and stops the worker', async () => {
    const { spawned, spawn } = fakeWorkers();
    const live = liveRiskClient(spawn);
    const first = live.run(job('a'));
    live.dispose();
    expect(await settled(first)).toEqual({ value: null });
    expect(spawned[0]?.terminated).toBe(true);
  });
});
