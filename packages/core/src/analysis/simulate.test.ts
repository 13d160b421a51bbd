import { describe, expect, it } from 'vitest';
import { FACTS } from '../facts/facts.js';
import { BUILTIN_MODEL, evaluate } from '../model/evaluate.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import type { InputRange } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import { pert, sampler, triangular } from './distributions.js';
import {
  type ChunkSpec,
  mergeChunks,
  PERCENTILES,
  prepareSimulation,
  SIMULATED_LINES,
  type SimulationRequest,
  simulateChunk,
} from './simulate.js';
import { pathUniform } from './uniform.test-support.js';

const request = (scenario: Scenario, holdFacts = false): SimulationRequest => ({
  scenario,
  facts: FACTS,
  holdFacts,
  distribution: 'pert',
  model: BUILTIN_MODEL,
});

/** Runs `paths` paths split into `workers` contiguous chunks, merged. */
const run = (req: SimulationRequest, paths: number, seed: number, workers = 1) => {
  const prepared = prepareSimulation(req);
  const size = Math.ceil(paths / workers);
  const chunks = [];
  for (let start = 0; start < paths; start += size) {
    const spec: ChunkSpec = { seed, start, count: Math.min(size, paths - start) };
    chunks.push(simulateChunk(prepareSimulation(req), spec, pathUniform));
  }
  return mergeChunks(prepared, req.scenario.name, seed, chunks.reverse());
};

describe('distributions', () => {
  it('stay within low and high, and a point range gives its value exactly', () => {
    const rng = sampler();
    rng.reset(pathUniform(1, 2));
    for (let i = 0; i < 2000; i++) {
      const x = pert(rng, 0.2, 0.3, 0.6);
      expect(x).toBeGreaterThanOrEqual(0.2);
      expect(x).toBeLessThanOrEqual(0.6);
      const t = triangular(rng.next(), 1, 1.1, 2);
      expect(t).toBeGreaterThanOrEqual(1);
      expect(t).toBeLessThanOrEqual(2);
    }
    expect(pert(rng, 0.3, 0.3, 0.3)).toBe(0.3);
    expect(triangular(0.5, 0, 1, 2)).toBe(1);
  });

  it('put the PERT mean at (low + 4 mode + high) / 6', () => {
    const rng = sampler();
    rng.reset(pathUniform(3, 4));
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) sum += pert(rng, 0, 0.2, 1);
    expect(sum / n).toBeCloseTo((0 + 4 * 0.2 + 1) / 6, 2);
  });
});

describe('simulation', () => {
  const base = BUILTIN_SCENARIOS.base;
  const result = run(request(base), 2000, 42);

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
    // The draws do spread: 2030 cash is not one number.
    const cash = result.percentiles['cash.end'];
    expect((cash.p95[7] as number) - (cash.p5[7] as number)).toBeGreaterThan(1);
  });

  it('computes each percentile as PERCENTILE.INC over every path (checked against a full sort)', () => {
    const req = request(base);
    const prepared = prepareSimulation(req);
    const chunk = simulateChunk(prepared, { seed: 42, start: 0, count: 2000 }, pathUniform);
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
    expect(result.probabilities.breakevenBy['2030']).toBeGreaterThan(0);
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

  it('is the same for the same seed whatever the number of chunks, and differs for another seed', () => {
    const again = JSON.stringify(run(request(base), 2000, 42, 3));
    expect(again).toBe(JSON.stringify(result));
    expect(JSON.stringify(run(request(base), 2000, 42, 7))).toBe(JSON.stringify(result));
    expect(JSON.stringify(run(request(base), 2000, 43))).not.toBe(JSON.stringify(result));
  });

  it('equals the deterministic model in every percentile when ranges are points and facts are held', () => {
    const points = Object.fromEntries(
      INPUT_IDS.map((id) => [id, { low: base.inputs[id], high: base.inputs[id], reason: 'point' }]),
    ) as Record<InputId, InputRange>;
    const pointed: Scenario = { ...base, ranges: points };
    const held = run(request(pointed, true), 200, 5, 2);
    const model = evaluate(base);
    for (const line of SIMULATED_LINES)
      for (const [key] of PERCENTILES)
        expect(held.percentiles[line][key], `${line} ${key}`).toEqual(model.lines[line]);
    const runway = model.summary.runwayEndYear;
    for (const year of held.years)
      expect(held.probabilities.runwayEndBy[String(year)]).toBe(runway !== null && year >= runway ? 1 : 0);
  });

  it('varies facts unless held', () => {
    const points = Object.fromEntries(
      INPUT_IDS.map((id) => [id, { low: base.inputs[id], high: base.inputs[id], reason: 'point' }]),
    ) as Record<InputId, InputRange>;
    const pointed: Scenario = { ...base, ranges: points };
    const free = run(request(pointed, false), 500, 5);
    const arr = free.percentiles['arr.total'];
    expect((arr.p95[7] as number) - (arr.p5[7] as number)).toBeGreaterThan(0.1);
  });
});
