import {
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  mergeChunks,
  modelForFacts,
  parseFactsText,
  pathUniformFrom,
  prepareSimulation,
  resolveFactSet,
  sensitivityStudy,
  simulateChunk,
} from '@aifin/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { analysisJob } from '../taskpane/analysis-job.js';
import { runJob } from './run-job.js';

// The worker compiles its model from the job alone; with an imported ARR actual that model is rolled forward a year.
// It must be the very model the pane previews and builds with (`modelForFacts`), or the Risk and Sensitivity sheets
// would describe another model than the sheets beside them.
describe('runJob, the analysis worker’s work', () => {
  const text =
    'facts:\n  - { id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }\n  - { id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: Reuters } }\n';
  const facts = resolveFactSet([...BUILTIN_OBSERVATIONS, ...parseFactsText(text, 'newer.yaml')]);
  const base = BUILTIN_SCENARIOS.base;

  it('studies and simulates the model of an imported facts file, as core does with modelForFacts', () => {
    const model = modelForFacts(facts);
    expect(model.lastActualYear).toBe(2026);
    const result = runJob(analysisJob(base, 300, 5, facts), () => {});
    const prepared = prepareSimulation({
      scenario: base,
      facts: facts.facts,
      holdFacts: false,
      distribution: 'pert',
      model,
    });
    const uniform = pathUniformFrom(xoroshiro128plusFromState, uniformFloat64);
    const chunk = simulateChunk(prepared, { seed: 5, start: 0, count: 300 }, uniform);
    expect(result.simulation).toEqual(mergeChunks(prepared, 'base', 5, [chunk]));
    expect(result.simulation.years[0]).toBe(2023);
    expect(result.sensitivity).toEqual(sensitivityStudy(base, model));
  });

  it('differs from the built-in facts’ run, so the facts really reach the worker', () => {
    const imported = runJob(analysisJob(base, 300, 5, facts), () => {});
    const builtin = runJob(analysisJob(base, 300, 5), () => {});
    expect(imported.simulation.percentiles['arr.total'].p50).not.toEqual(
      builtin.simulation.percentiles['arr.total'].p50,
    );
  });

  it('streams a run above the pane’s budget in passes, with the same result as keeping every path', () => {
    // More paths than a pass collects at once (32,768), so the run needs a second pass.
    const job = analysisJob(base, 40_000, 11, facts);
    const progress: string[] = [];
    const streamed = runJob(job, (p) => progress.push(`${p.stage} ${p.pass} ${p.done}`), 0);
    expect(streamed).toEqual(runJob(job, () => {}));
    // The study, then each pass over the 40,000 paths from 0 again.
    const passes = [...new Set(progress.filter((p) => p.startsWith('paths')).map((p) => p.split(' ')[1]))];
    expect(passes.length).toBeGreaterThanOrEqual(2);
    expect(passes[0]).toBe('1');
    expect(progress.filter((p) => p.endsWith(' 40000'))).toHaveLength(passes.length);
  });
});
