import { describe, expect, it } from 'vitest';
import { FACTS } from '../facts/facts.js';
import { BUILTIN_MODEL } from '../model/evaluate.js';
import { INPUT_IDS, type InputId } from '../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import type { InputRange } from '../scenarios/input-ranges.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Distribution } from './distributions.js';
import { mergeChunks, prepareSimulation, type SimulationRequest, simulateChunk } from './simulate.js';
import {
  IN_MEMORY_BUDGET_BYTES,
  MAX_STREAMING_PASSES,
  simulateStreaming,
  simulationMethod,
} from './simulate-streaming.js';
import { pathUniform } from './uniform.test-support.js';

const request = (
  scenario: Scenario,
  holdFacts = false,
  distribution: Distribution = 'pert',
): SimulationRequest => ({
  scenario,
  facts: FACTS,
  holdFacts,
  distribution,
  model: BUILTIN_MODEL,
});

const inMemory = (req: SimulationRequest, paths: number, seed: number) => {
  const prepared = prepareSimulation(req);
  const chunk = simulateChunk(prepared, { seed, start: 0, count: paths }, pathUniform);
  return mergeChunks(prepared, req.scenario.name, seed, [chunk]);
};

const streaming = (req: SimulationRequest, paths: number, seed: number, collectCap?: number) => {
  let passes = 0;
  const result = simulateStreaming(prepareSimulation(req), req.scenario.name, seed, paths, pathUniform, {
    ...(collectCap === undefined ? {} : { collectCap }),
    onPass: (pass) => {
      passes = pass;
    },
  });
  return { result, passes };
};

const base = BUILTIN_SCENARIOS.base;
const points = Object.fromEntries(
  INPUT_IDS.map((id) => [id, { low: base.inputs[id], high: base.inputs[id], reason: 'point' }]),
) as Record<InputId, InputRange>;

describe('streaming simulation', () => {
  it.each([
    { name: 'base', req: request(base), paths: 3_001, seed: 42, cap: 0 },
    { name: 'base', req: request(base), paths: 2_000, seed: 7, cap: 64 },
    {
      name: 'bear, triangular',
      req: request(BUILTIN_SCENARIOS.bear, false, 'triangular'),
      paths: 2_500,
      seed: 3,
      cap: 16,
    },
    { name: 'bull, facts held', req: request(BUILTIN_SCENARIOS.bull, true), paths: 1_999, seed: 11, cap: 0 },
    { name: 'base, default cap', req: request(base), paths: 1_500, seed: 1, cap: undefined },
  ])(
    'gives the in-memory result exactly: $name, $paths paths, seed $seed, cap $cap',
    ({ req, paths, seed, cap }) => {
      const { result, passes } = streaming(req, paths, seed, cap);
      const expected = inMemory(req, paths, seed);
      expect(result).toEqual(expected);
      expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
      expect(passes).toBeLessThanOrEqual(MAX_STREAMING_PASSES);
      // A cap below the paths makes at least one histogram pass before collecting or narrowing further.
      if (cap !== undefined && cap < paths) expect(passes).toBeGreaterThan(1);
    },
  );

  it('gives the deterministic model when every range is a point and facts are held, in one pass', () => {
    const req = request({ ...base, ranges: points }, true);
    const { result, passes } = streaming(req, 1_000, 5, 0);
    expect(result).toEqual(inMemory(req, 1_000, 5));
    // All values of a column equal: the first pass's smallest value is held by every path.
    expect(passes).toBe(1);
  });

  it('keeps the values up to the memory budget and streams above it', () => {
    const prepared = prepareSimulation(request(base));
    expect(simulationMethod(prepared, 1_000_000)).toBe('in-memory');
    expect(simulationMethod(prepared, 10_000_000)).toBe('streaming');
    expect(simulationMethod(prepared, 1_000, 1_000)).toBe('streaming');
    expect(IN_MEMORY_BUDGET_BYTES).toBe(512 * 1024 * 1024);
  });
});
