import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_SCENARIOS, evaluate, INPUT_IDS, INPUTS, SIMULATED_LINES } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { runSimulate, type SimulateOptions } from './simulate.js';

const run = async (options: Partial<SimulateOptions>, cwd = process.cwd()) => {
  const { io, stdout } = memoryIo(cwd);
  const code = await runSimulate({ holdFacts: false, json: false, csv: false, workers: '1', ...options }, io);
  return { code, out: stdout() };
};

describe('runSimulate', () => {
  it('prints { scenario, paths, seed, years, percentiles, probabilities }, the same for the same seed', async () => {
    const first = await run({ paths: '300', seed: '9', json: true });
    expect(first.code).toBe(0);
    const doc = JSON.parse(first.out);
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'mixture',
      'paths',
      'seed',
      'sampling',
      'distribution',
      'years',
      'percentiles',
      'probabilities',
    ]);
    expect(doc).toMatchObject({ scenario: 'base', paths: 300, seed: 9 });
    expect(Object.keys(doc.percentiles)).toEqual([...SIMULATED_LINES]);
    expect(Object.keys(doc.percentiles['cash.end'])).toEqual([
      'p5',
      'p10',
      'p25',
      'p50',
      'p75',
      'p90',
      'p95',
    ]);
    expect(Object.keys(doc.probabilities.runwayEndBy)).toEqual(doc.years.map(String));
    expect((await run({ paths: '300', seed: '9', json: true })).out).toBe(first.out);
    expect((await run({ paths: '300', seed: '10', json: true })).out).not.toBe(first.out);
  });

  it('with --hold-facts and every range a point, gives the deterministic model in every percentile', async () => {
    const dir = await tempDir();
    const base = BUILTIN_SCENARIOS.base;
    const inputs = Object.fromEntries(
      INPUT_IDS.filter((id) => !INPUTS[id].choices).map((id) => [
        id,
        { value: base.inputs[id], low: base.inputs[id], high: base.inputs[id] },
      ]),
    );
    await writeFile(join(dir, 'point.json'), JSON.stringify({ name: 'point', inputs }));
    const doc = JSON.parse(
      (await run({ scenario: 'point.json', paths: '100', holdFacts: true, json: true }, dir)).out,
    );
    const model = evaluate(base);
    for (const line of SIMULATED_LINES)
      for (const band of Object.values(doc.percentiles[line])) expect(band).toEqual(model.lines[line]);
  });

  it('prints tables (bands only on a terminal) and CSV', async () => {
    const { out } = await run({ paths: '200' });
    expect(out).toMatch(/^Scenario base: 200 paths, seed 1, Latin hypercube PERT draws/);
    expect(out).toContain('Cumulative probabilities');
    expect(out).not.toContain('┃');
    const { io, stdout } = memoryIo(process.cwd());
    await runSimulate(
      { paths: '200', workers: '1', holdFacts: false, json: false, csv: false },
      { ...io, outIsTerminal: true },
    );
    expect(stdout()).toContain('┃');
    const csv = (await run({ paths: '200', csv: true })).out.split('\r\n');
    expect(csv[0]).toBe('line,statistic,year,value');
    expect(csv[1]).toBe('arr.total,p5,2023,2');
  });

  it.each([
    [{ paths: '99' }, /^paths = "99": must be a whole number from 100 to 10000000$/],
    [{ paths: '10000001' }, /^paths = "10000001"/],
    [{ paths: '1e5' }, /^paths = "1e5"/],
    [{ seed: '-1' }, /^seed = "-1": must be a whole number from 0 to 4294967295$/],
    [{ seed: '1.5' }, /^seed = "1\.5"/],
    [{ seed: 'abc' }, /^seed = "abc"/],
    [{ workers: '0' }, /^workers = "0"/],
    [{ distribution: 'normal' }, /^distribution = "normal": use one of pert, triangular$/],
    [{ scenario: 'nosuch' }, /^unknown scenario "nosuch"/],
  ])('rejects %o in one line', async (bad, message) => {
    await expect(run({ paths: '100', ...bad })).rejects.toThrow(message);
  });
});
