import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILTIN_FACT_SET, BUILTIN_SCENARIOS, type SimulationResult } from '@aifin/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary } from '../../test/support/binary.js';
import { runSimulationJob, type SimulationJob, type SimulationProgress } from './run-simulation.js';

// Worker threads run the bundled worker (built from these sources by ensureBinary), as `aifin simulate` does.
const workerUrl = pathToFileURL(join(dirname(BINARY), 'simulate-worker.js'));

const simulate = async (
  paths: number,
  seed: number,
  workers: number,
  extra: Partial<SimulationJob> = {},
): Promise<{ result: SimulationResult; progress: SimulationProgress[] }> => {
  const progress: SimulationProgress[] = [];
  const result = await runSimulationJob({
    scenarios: [{ scenario: BUILTIN_SCENARIOS.base, weight: 1 }],
    factSet: BUILTIN_FACT_SET,
    holdFacts: false,
    distribution: 'pert',
    sampling: 'lhs',
    seed,
    paths,
    workers,
    workerUrl,
    onProgress: (p) => progress.push(p),
    ...extra,
  });
  return { result, progress };
};

describe('runSimulation, streaming above the in-memory budget', () => {
  beforeAll(() => ensureBinary());

  it.each([
    { paths: 12_000, seed: 77, collectCap: 0 },
    { paths: 9_001, seed: 5, collectCap: 500 },
  ])(
    'gives the in-memory result exactly with 1 or 2 workers: $paths paths, seed $seed, cap $collectCap',
    async ({ paths, seed, collectCap }) => {
      const expected = (await simulate(paths, seed, 1)).result;
      for (const workers of [1, 2]) {
        const { result, progress } = await simulate(paths, seed, workers, {
          streaming: { budgetBytes: 0, collectCap },
        });
        expect(JSON.stringify(result), `${workers} workers`).toBe(JSON.stringify(expected));
        expect(result).toEqual(expected);
        // Every pass is named and counts its own paths up to the total; none ran past it.
        const passes = [...new Set(progress.map((p) => p.pass))];
        expect(passes.length).toBeGreaterThan(1);
        expect(passes).toEqual(passes.map((_, i) => i + 1));
        for (const pass of passes) {
          const own = progress.filter((p) => p.pass === pass);
          expect(own.at(-1)?.done).toBe(paths);
          expect(own.every((p) => p.maxPasses === 4 && p.done <= paths)).toBe(true);
        }
      }
    },
  );

  it('brackets the percentiles from a pilot and finds them in one pass, the same bytes for 1, 2 and 3 workers', async () => {
    const paths = 24_000;
    const expected = JSON.stringify((await simulate(paths, 9, 1)).result);
    for (const workers of [1, 2, 3]) {
      const { result, progress } = await simulate(paths, 9, workers, {
        streaming: { budgetBytes: 0, pilotPaths: 3_000 },
      });
      expect(JSON.stringify(result), `${workers} workers`).toBe(expected);
      expect(progress.at(-1)).toEqual({ done: paths, pass: 1, maxPasses: 5 });
    }
  });

  it('keeps every value in one pass at and below the budget', async () => {
    const { progress } = await simulate(3_000, 1, 2);
    expect(new Set(progress.map((p) => `${p.pass}/${p.maxPasses}`))).toEqual(new Set(['1/1']));
    expect(progress.at(-1)?.done).toBe(3_000);
  });
});
