import {
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  modelForFacts,
  parseFactsText,
  resolveFactSet,
  sensitivityStudy,
} from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation } from '@aifin/core/analysis';
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

  it('studies and simulates the model of an imported facts file, as core does with modelForFacts', async () => {
    const model = modelForFacts(facts);
    expect(model.lastActualYear).toBe(2026);
    const job = analysisJob(base, 300, 5, facts);
    const result = await runJob(job, () => {});
    const prepared = prepareSimulation(model, job.plan);
    expect(result.simulation).toEqual(await runSimulation(prepared, localThreads(prepared)));
    expect(result.simulation.years[0]).toBe(2023);
    expect(result.sensitivity).toEqual(sensitivityStudy(base, model));
  });

  it('differs from the built-in facts’ run, so the facts really reach the worker', async () => {
    const imported = await runJob(analysisJob(base, 300, 5, facts), () => {});
    const builtin = await runJob(analysisJob(base, 300, 5), () => {});
    expect(imported.simulation.percentiles['arr.total'].p50).not.toEqual(
      builtin.simulation.percentiles['arr.total'].p50,
    );
  });

  it('streams a run above the pane’s budget in passes, with the same result as keeping every path', async () => {
    // More paths than a pass collects at once (32,768), so the run needs a second pass.
    const job = analysisJob(base, 40_000, 11, facts);
    const progress: string[] = [];
    const streamed = await runJob(job, (p) => progress.push(`${p.stage} ${p.pass} ${p.done}`), 0);
    expect(streamed).toEqual(await runJob(job, () => {}));
    // The study, then each pass over the 40,000 paths from 0 again.
    const passes = [...new Set(progress.filter((p) => p.startsWith('paths')).map((p) => p.split(' ')[1]))];
    expect(passes.length).toBeGreaterThanOrEqual(2);
    expect(passes[0]).toBe('1');
    expect(progress.filter((p) => p.endsWith(' 40000'))).toHaveLength(passes.length);
  }, 60_000);
});
