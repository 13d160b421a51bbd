import { describe, expect, it } from 'vitest';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import type { InputRange } from '../scenarios/input-ranges.js';
import { prepareSimulation, simulateChunk } from './simulate.js';
import {
  bracketAccumulator,
  finishBracketPass,
  finishPass,
  IN_MEMORY_BUDGET_BYTES,
  MAX_STREAMING_PASSES,
  passAccumulator,
  pilotBrackets,
  pilotPaths,
  simulateBracketPass,
  simulatePass,
  simulationMethod,
  startStreaming,
  streamingProbes,
  streamingResult,
} from './simulate-streaming.js';
import { planFor, simulateHere } from './simulation.test-support.js';
import type { SimulationPlan } from './simulation-plan.js';

async function streaming(plan: SimulationPlan, collectCap?: number, pilotPaths = 0) {
  let passes = 0;
  const result = await simulateHere(plan, {
    budgetBytes: 0,
    pilotPaths,
    ...(collectCap === undefined ? {} : { collectCap }),
    onProgress: ({ pass }) => {
      passes = pass;
    },
  });
  return { result, passes };
}

const base = BUILTIN_SCENARIOS.base;
const points = Object.fromEntries(
  INPUT_IDS.map((id) => [id, { low: base.inputs[id], high: base.inputs[id], reason: 'point' }]),
) as Record<InputId, InputRange>;

describe('streaming simulation', () => {
  it.each([
    { name: 'base', plan: planFor(base, { paths: 3_001, seed: 42 }), cap: 0 },
    { name: 'base, Monte Carlo', plan: planFor(base, { paths: 2_000, seed: 7, sampling: 'mc' }), cap: 64 },
    {
      name: 'bear, triangular',
      plan: planFor(BUILTIN_SCENARIOS.bear, { paths: 2_500, seed: 3, distribution: 'triangular' }),
      cap: 16,
    },
    {
      name: 'bull, facts held',
      plan: planFor(BUILTIN_SCENARIOS.bull, { paths: 1_999, seed: 11, holdFacts: true }),
      cap: 0,
    },
    { name: 'base, default cap', plan: planFor(base, { paths: 1_500, seed: 1 }), cap: undefined },
  ])('gives the in-memory result exactly: $name, cap $cap', async ({ plan, cap }) => {
    const { result, passes } = await streaming(plan, cap);
    const expected = await simulateHere(plan);
    expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
    expect(passes).toBeLessThanOrEqual(MAX_STREAMING_PASSES);
    if (cap !== undefined && cap < plan.paths) expect(passes).toBeGreaterThan(1);
  });

  it.each([
    { name: 'base', plan: planFor(base, { paths: 40_000, seed: 42 }), pilot: 4_000 },
    {
      name: 'a bear, base and bull mixture, Monte Carlo',
      plan: planFor([BUILTIN_SCENARIOS.bear, base, BUILTIN_SCENARIOS.bull], {
        paths: 30_000,
        seed: 8,
        sampling: 'mc',
        weights: [1, 2, 1],
      }),
      pilot: 2_000,
    },
  ])('finds every percentile in one pass over the paths after a pilot: $name', async ({ plan, pilot }) => {
    let progress: { done: number; pass: number; maxPasses: number }[] = [];
    const result = await simulateHere(plan, {
      budgetBytes: 0,
      pilotPaths: pilot,
      onProgress: (p) => {
        progress = [...progress, p];
      },
    });
    expect(JSON.stringify(result)).toBe(JSON.stringify(await simulateHere(plan)));
    // The pilot reports no progress; the bracket pass counts every path once, and no radix pass was needed.
    expect(new Set(progress.map((p) => p.pass))).toEqual(new Set([1]));
    expect(progress.at(-1)).toEqual({ done: plan.paths, pass: 1, maxPasses: 1 + MAX_STREAMING_PASSES });
  });

  it('finds the percentiles a misplaced pilot’s brackets missed in radix-select’s passes, exactly', async () => {
    // The pilot comes from bear's paths while the run is base's: most brackets sit away from base's ranks, a few
    // (lines equal in every scenario, such as 2025's actuals) still hold theirs.
    const plan = planFor(base, { paths: 6_000, seed: 4 });
    const prepared = prepareSimulation(BUILTIN_MODEL, plan);
    const misleading = prepareSimulation(
      BUILTIN_MODEL,
      planFor(BUILTIN_SCENARIOS.bear, { paths: 6_000, seed: 4 }),
    );
    const pilot = simulateChunk(misleading, 0, 2_000, { samples: true, rows: false }).chunk;
    if (pilot === null) throw new Error('the pilot kept no samples');
    const run = startStreaming(prepared, plan.paths);
    const brackets = pilotBrackets(run, [pilot]);
    const share = bracketAccumulator(prepared, brackets, plan.paths);
    simulateBracketPass(prepared, run.offsets, brackets, 0, plan.paths, share);
    expect(finishBracketPass(run, brackets, [share])).toBe(true);
    const known = run.selection.targets.filter((t) => t.value !== undefined).length;
    expect(known).toBeGreaterThan(0);
    expect(known).toBeLessThan(run.selection.targets.length);
    for (let passes = 0; streamingProbes(run).length > 0; passes++) {
      expect(passes).toBeLessThan(MAX_STREAMING_PASSES);
      const acc = passAccumulator(prepared, streamingProbes(run));
      simulatePass(prepared, run.offsets, 0, plan.paths, acc);
      finishPass(run, acc);
    }
    expect(JSON.stringify(streamingResult(prepared, run))).toBe(JSON.stringify(await simulateHere(plan)));
  });

  it('takes a pilot only when the run is large enough for one to pay', () => {
    expect(pilotPaths(10_000_000)).toBe(250_000);
    expect(pilotPaths(1_200_000)).toBe(60_000);
    expect(pilotPaths(199_000)).toBe(0);
  });

  it('gives the deterministic model when every range is a point and facts are held, in one pass', async () => {
    const plan = planFor({ ...base, ranges: points }, { paths: 1_000, seed: 5, holdFacts: true });
    const { result, passes } = await streaming(plan, 0);
    expect(result).toEqual(await simulateHere(plan));
    expect(passes).toBe(1);
  });

  it('keeps the values up to the memory budget and streams above it', () => {
    const prepared = prepareSimulation(BUILTIN_MODEL, planFor(base));
    expect(simulationMethod(prepared, 1_000_000)).toBe('in-memory');
    expect(simulationMethod(prepared, 10_000_000)).toBe('streaming');
    expect(simulationMethod(prepared, 1_000, 1_000)).toBe('streaming');
    expect(IN_MEMORY_BUDGET_BYTES).toBe(512 * 1024 * 1024);
  });
});

describe('a paths file from a streaming run', () => {
  it('gets the same rows, in path order, as from a run that keeps its values', async () => {
    const plan = planFor(base, { paths: 7_300, seed: 12 });
    const collect = () => {
      const rows: string[] = [];
      return {
        rows,
        onRows: (r: { start: number; count: number; values: Float64Array }) => {
          rows.push(`${r.start}:${r.count}:${Array.from(r.values).join(',')}`);
        },
      };
    };
    const kept = collect();
    const streamed = collect();
    const inMemory = await simulateHere(plan, { onRows: kept.onRows });
    const passes = await simulateHere(plan, { onRows: streamed.onRows, budgetBytes: 0, collectCap: 64 });
    expect(JSON.stringify(passes)).toBe(JSON.stringify(inMemory));
    expect(streamed.rows).toEqual(kept.rows);
    const bracketed = collect();
    const progress: string[] = [];
    const piloted = await simulateHere(plan, {
      onRows: bracketed.onRows,
      budgetBytes: 0,
      pilotPaths: 2_000,
      onProgress: ({ done, pass, maxPasses }) => progress.push(`${pass}/${maxPasses}:${done}`),
    });
    expect(JSON.stringify(piloted)).toBe(JSON.stringify(inMemory));
    expect(bracketed.rows).toEqual(kept.rows);
    // The rows' pass, then the bracket pass, each counting the paths from 0.
    expect(progress.filter((p) => p.endsWith(':7300'))).toEqual(['1/6:7300', '2/6:7300']);
    expect(kept.rows.map((r) => r.split(':')[0])).toEqual(['0', '5000']);
  });
});
