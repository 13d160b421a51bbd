import { describe, expect, it } from 'vitest';
import { FACTS } from '../facts/facts.js';
import { BUILTIN_MODEL, evaluate } from '../model/evaluate.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import type { InputRange } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import { PERCENTILES, prepareSimulation, SIMULATED_LINES, simulateChunk } from './simulate.js';
import { planFor, simulateHere } from './simulation.test-support.js';
import type { SimulationPlan } from './simulation-plan.js';
import {
  CHUNK_PATHS,
  runSimulation,
  runSimulationTask,
  type SimulationTask,
  type SimulationThreads,
} from './simulation-runner.js';

const base = BUILTIN_SCENARIOS.base;
const points = Object.fromEntries(
  INPUT_IDS.map((id) => [id, { low: base.inputs[id], high: base.inputs[id], reason: 'point' }]),
) as Record<InputId, InputRange>;
const pointed: Scenario = { ...base, ranges: points };

/** `size` threads, each with its own prepared run, finishing tasks out of order. */
function shuffledThreads(plan: SimulationPlan, size: number): SimulationThreads {
  const prepared = Array.from({ length: size }, () => prepareSimulation(BUILTIN_MODEL, plan));
  let turn = 0;
  return {
    size,
    run: async (task: SimulationTask, onPaths) => {
      const mine = prepared[turn++ % size];
      if (mine === undefined) throw new Error('no thread');
      await new Promise((resolve) => setTimeout(resolve, ((task.start / CHUNK_PATHS) * 7) % 5));
      return runSimulationTask(mine, task, onPaths);
    },
  };
}

describe('simulation', async () => {
  const plan = planFor(base, { paths: 2_000, seed: 42 });
  const result = await simulateHere(plan);

  it('reports ordered percentiles for every line and year', () => {
    expect(result.years).toEqual(evaluate(base).years);
    for (const line of SIMULATED_LINES) {
      const bands = result.percentiles[line];
      for (const y of result.years.keys()) {
        const row = PERCENTILES.map(([key]) => bands[key][y]);
        if (row[0] === null) {
          expect(row.every((v) => v === null)).toBe(true);
          continue;
        }
        for (let i = 1; i < row.length; i++)
          expect(row[i] as number).toBeGreaterThanOrEqual(row[i - 1] as number);
      }
    }
    const arr = result.percentiles['arr.total'];
    expect((arr.p95[7] as number) - (arr.p5[7] as number)).toBeGreaterThan(1);
  });

  it('computes each percentile as PERCENTILE.INC over every path (checked against a full sort)', () => {
    const prepared = prepareSimulation(BUILTIN_MODEL, plan);
    const { chunk } = simulateChunk(prepared, 0, 2000, { samples: true, rows: false });
    if (chunk === null) throw new Error('no chunk');
    const years = prepared.frame.yearCount;
    for (const [l, line] of SIMULATED_LINES.entries()) {
      for (const y of [3, 7]) {
        const from = (l * years + y) * 2000;
        const sorted = Float64Array.from(chunk.samples.subarray(from, from + 2000)).sort();
        for (const [key, p] of PERCENTILES) {
          const h = (sorted.length - 1) * p;
          const lo = Math.floor(h);
          const expected =
            (sorted[lo] as number) + (h - lo) * ((sorted[lo + 1] as number) - (sorted[lo] as number));
          expect(result.percentiles[line][key][y], `${line} ${key} ${y}`).toBe(expected);
        }
      }
    }
  });

  it('gives cumulative probabilities that never fall from one year to the next', () => {
    for (const by of [result.probabilities.runwayEndBy, result.probabilities.breakevenBy]) {
      const values = result.years.map((year) => by[String(year)] as number);
      for (let i = 1; i < values.length; i++)
        expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
      for (const p of values) expect(p >= 0 && p <= 1).toBe(true);
    }
  });

  it('puts the P50 of ARR between bear and bull in every projected year', () => {
    const bear = evaluate(BUILTIN_SCENARIOS.bear).lines['arr.total'];
    const bull = evaluate(BUILTIN_SCENARIOS.bull).lines['arr.total'];
    result.years.forEach((year, y) => {
      if (year < 2026) return;
      expect(result.percentiles['arr.total'].p50[y]).toBeGreaterThanOrEqual(bear[y] as number);
      expect(result.percentiles['arr.total'].p50[y]).toBeLessThanOrEqual(bull[y] as number);
    });
  });

  it('gives the same bytes on 1, 2 and 3 threads finishing in any order, and other bytes for another seed', async () => {
    const big = planFor(base, { paths: 12_345, seed: 9 });
    const one = JSON.stringify(await simulateHere(big));
    for (const size of [2, 3]) {
      const prepared = prepareSimulation(BUILTIN_MODEL, big);
      const again = await runSimulation(prepared, shuffledThreads(big, size));
      expect(JSON.stringify(again)).toBe(one);
    }
    expect(JSON.stringify(await simulateHere(planFor(base, { paths: 12_345, seed: 10 })))).not.toBe(one);
  });

  it('equals the deterministic model in every percentile when ranges are points and facts are held', async () => {
    const held = await simulateHere(planFor(pointed, { paths: 200, seed: 5, holdFacts: true }));
    const model = evaluate(base);
    for (const line of SIMULATED_LINES)
      for (const [key] of PERCENTILES)
        expect(held.percentiles[line][key], `${line} ${key}`).toEqual(model.lines[line]);
    const runway = model.summary.runwayEndYear;
    for (const year of held.years)
      expect(held.probabilities.runwayEndBy[String(year)]).toBe(runway !== null && year >= runway ? 1 : 0);
  });

  it('varies facts unless held', async () => {
    const free = await simulateHere(planFor(pointed, { paths: 500, seed: 5 }));
    const arr = free.percentiles['arr.total'];
    expect((arr.p95[7] as number) - (arr.p5[7] as number)).toBeGreaterThan(0.1);
  });
});

describe('Latin hypercube sampling', () => {
  it('makes the P50 at 2,000 paths vary less across seeds than Monte Carlo', async () => {
    const spread = async (sampling: 'lhs' | 'mc') => {
      const medians: number[] = [];
      for (let seed = 1; seed <= 12; seed++) {
        const r = await simulateHere(planFor(base, { paths: 2_000, seed, sampling }));
        medians.push(r.percentiles['revenue.total'].p50[7] as number);
      }
      const mean = medians.reduce((a, b) => a + b, 0) / medians.length;
      return Math.sqrt(medians.reduce((a, b) => a + (b - mean) ** 2, 0) / (medians.length - 1));
    };
    const lhs = await spread('lhs');
    const mc = await spread('mc');
    expect(lhs).toBeLessThan(mc);
  });

  it('puts exactly one path in each stratum of every input', () => {
    const plan = planFor(base, { paths: 3_000, seed: 4 });
    const prepared = prepareSimulation(BUILTIN_MODEL, plan);
    const { rows } = simulateChunk(prepared, 0, 3_000, { samples: false, rows: true });
    if (rows === null) throw new Error('no rows');
    const width = rows.values.length / 3_000;
    // The first drawn input's values, ranked: every one of the 3,000 strata of its distribution holds one.
    const column = Float64Array.from({ length: 3_000 }, (_, p) => rows.values[p * width] as number).sort();
    expect(new Set(column).size).toBeGreaterThan(2_990);
  });
});

describe('which facts are drawn', () => {
  it('draws only facts the model reads', () => {
    const plan = planFor(base);
    const prepared = prepareSimulation(BUILTIN_MODEL, plan);
    const facts = prepared.dimensions.filter((d) => d.kind === 'fact').map((d) => d.id);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts).not.toContain('F14');
    expect(FACTS.some((f) => f.id === 'F14')).toBe(true);
  });
});

describe('a mixture of scenarios', () => {
  const { bear, bull } = BUILTIN_SCENARIOS;

  it('spans the deterministic bear and bull between its P5 and P95, and names its scenarios and weights', async () => {
    const mix = await simulateHere(
      planFor([bear, base, bull], { paths: 4_000, seed: 2, weights: [1, 2, 1] }),
    );
    expect(mix.scenario).toBe('bear:1,base:2,bull:1');
    expect(mix.mixture).toEqual([
      { scenario: 'bear', weight: 1 },
      { scenario: 'base', weight: 2 },
      { scenario: 'bull', weight: 1 },
    ]);
    const low = evaluate(bear);
    const high = evaluate(bull);
    for (const line of ['arr.total', 'revenue.total', 'equityValue'] as const) {
      const y = mix.years.length - 1;
      expect(mix.percentiles[line].p5[y] as number, line).toBeLessThanOrEqual(low.lines[line][y] as number);
      expect(mix.percentiles[line].p95[y] as number, line).toBeGreaterThanOrEqual(
        high.lines[line][y] as number,
      );
    }
  });

  it('draws each path’s scenario by weight, so the loss basis varies with it', () => {
    const prepared = prepareSimulation(
      BUILTIN_MODEL,
      planFor([bear, base, bull], { paths: 4_000, seed: 2, weights: [1, 2, 1] }),
    );
    const { rows } = simulateChunk(prepared, 0, 4_000, { samples: false, rows: true });
    if (rows === null) throw new Error('no rows');
    const counts = [0, 0, 0];
    for (const c of rows.components) counts[c] = (counts[c] as number) + 1;
    // Latin hypercube strata on the choice too: the shares are the weights almost exactly.
    expect(counts).toEqual([1_000, 2_000, 1_000]);
    expect(bear.inputs.loss2025Basis).not.toBe(base.inputs.loss2025Basis);
  });

  it('refuses scenarios of different horizons in one line', () => {
    expect(() => planFor([bear, { ...base, horizon: 9 }])).toThrow(
      /mix: "bear" and "base" have different horizons/,
    );
  });
});
