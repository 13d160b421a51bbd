import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook, buildModelWithLimits } from '../../src/office/build-model.js';
import { MAX_REQUEST_BYTES } from '../../src/office/request-batches.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { expectWorkbookMatchesPlan } from './expect-plan.js';
import { builtinPlan, MODEL_ONLY } from './plan-fixtures.js';

describe('round trips and request sizes', () => {
  for (const horizon of [1, 5, 15])
    for (const [label, include] of [
      ['all sheets', undefined],
      ['model-only sheets', MODEL_ONLY],
    ] as const)
      it(`horizon ${horizon}, ${label}: at most 4 syncs on a new workbook and on a rebuild, each request under 4 MB`, async () => {
        const host = installFakeOffice(globalThis);
        const plan = builtinPlan(horizon, include);
        const first = await buildModelInWorkbook(plan);
        expect(first.ok && first.syncs).toBe(host.syncs.length);
        expect(host.syncs.length).toBeLessThanOrEqual(4);
        host.clearRecording();
        const second = await buildModelInWorkbook(plan);
        expect(second.ok && second.syncs).toBe(host.syncs.length);
        expect(host.syncs.length).toBeLessThanOrEqual(4);
        for (const sync of host.syncs) expect(sync.payloadBytes).toBeLessThan(MAX_REQUEST_BYTES);
        expectWorkbookMatchesPlan(host.snapshot(), plan);
      });

  it('estimates the payload within 25 % of the request the fake measured', async () => {
    const host = installFakeOffice(globalThis);
    const result = await buildModelInWorkbook(builtinPlan(15));
    if (!result.ok) throw new Error('build failed');
    const measured = host.syncs.reduce((sum, s) => sum + s.payloadBytes, 0);
    expect(result.payloadBytes).toBeGreaterThan(measured * 0.75);
    expect(result.payloadBytes).toBeLessThan(measured * 1.25);
  });

  it('splits the writes into more requests, none over the budget, when one would be too large', async () => {
    const host = installFakeOffice(globalThis);
    const plan = builtinPlan(15);
    const budget = 20_000;
    const result = await buildModelWithLimits(plan, {}, { maxRequestBytes: budget });
    expect(result.ok).toBe(true);
    const writeSyncs = host.syncs.slice(1, -1);
    expect(writeSyncs.length).toBeGreaterThan(3);
    // The measured request carries some bytes the estimate leaves out (object ids); it stays near the budget.
    for (const sync of writeSyncs) expect(sync.payloadBytes).toBeLessThan(budget * 1.5);
    expectWorkbookMatchesPlan(host.snapshot(), plan);
  });
});
