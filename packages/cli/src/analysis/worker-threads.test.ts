import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILTIN_FACT_SET, BUILTIN_MODEL, BUILTIN_SCENARIOS, FACTS } from '@aifin/core';
import { simulationPlan } from '@aifin/core/analysis';
import { describe, expect, it } from 'vitest';
import { startWorkerPool } from './worker-threads.js';

describe('startWorkerPool', () => {
  it('leaves out workers that cannot start, so the caller can run with fewer (here none)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aifin-pool-'));
    const broken = join(dir, 'broken-worker.mjs');
    await writeFile(broken, 'throw new Error("cannot start");\n');
    const plan = simulationPlan({
      scenarios: [{ scenario: BUILTIN_SCENARIOS.base, weight: 1 }],
      facts: FACTS,
      holdFacts: false,
      distribution: 'pert',
      sampling: 'lhs',
      seed: 1,
      paths: 1_000,
      model: BUILTIN_MODEL,
    });
    const pool = await startWorkerPool(pathToFileURL(broken), { plan, factSet: BUILTIN_FACT_SET }, 2);
    expect(pool.size).toBe(0);
    await pool.close();
  });
});
