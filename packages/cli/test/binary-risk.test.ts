import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { tempDir } from './support/temp-dir.js';

/** Spearman's rank correlation of two columns. */
function rankCorrelation(a: readonly number[], b: readonly number[]): number {
  const ranks = (x: readonly number[]) => {
    const r = new Array<number>(x.length);
    Array.from(x.keys())
      .sort((i, j) => (x[i] as number) - (x[j] as number))
      .forEach((index, rank) => {
        r[index] = rank;
      });
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (a.length - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  ra.forEach((x, i) => {
    const y = rb[i] as number;
    num += (x - mean) * (y - mean);
    da += (x - mean) ** 2;
    db += (y - mean) ** 2;
  });
  return num / Math.sqrt(da * db);
}

describe('aifin simulate: sampling, mixtures, correlations and the paths file, as built', () => {
  beforeAll(() => ensureBinary());

  it('writes the same paths file and JSON with 1, 2 and 3 worker threads', async () => {
    const dir = await tempDir();
    const runs = ['1', '2', '3'].map((workers) =>
      runBinary(
        [
          'simulate',
          '--paths',
          '7500',
          '--seed',
          '3',
          '--workers',
          workers,
          '--json',
          '--paths-out',
          `p${workers}.csv`,
        ],
        dir,
      ),
    );
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
    }
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
    const files = await Promise.all(['p1', 'p2', 'p3'].map((f) => readFile(join(dir, `${f}.csv`), 'utf8')));
    expect(files[1]).toBe(files[0]);
    expect(files[2]).toBe(files[0]);
    const lines = (files[0] ?? '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(7501);
    const header = (lines[0] ?? '').split(',');
    expect(header.slice(0, 3)).toEqual(['path', 'scenario', 'arrEnd2022']);
    expect(header).toContain('F7');
    expect(header).toContain('fundingGapTotal');
    expect(lines[1]?.startsWith('1,base,')).toBe(true);
    expect(lines[7500]?.startsWith('7500,base,')).toBe(true);
    // Only the published files: no temporary file left beside them.
    expect((await readdir(dir)).sort()).toEqual(['p1.csv', 'p2.csv', 'p3.csv']);
    // The correlations the built-in scenario asks for are in the exported draws.
    const rows = lines.slice(1).map((line) => line.split(','));
    const column = (id: string) => rows.map((r) => Number(r[header.indexOf(id)]));
    expect(rankCorrelation(column('enterpriseGrowth2026'), column('apiGrowth2026'))).toBeCloseTo(0.6, 0);
    expect(
      Math.abs(rankCorrelation(column('enterpriseGrowth2026'), column('apiGrowth2026')) - 0.6),
    ).toBeLessThan(0.1);
    expect(Math.abs(rankCorrelation(column('openingCash'), column('terminalMargin')))).toBeLessThan(0.1);
  });

  it('mixes scenarios by weight: the JSON names them, the paths file gives each path its scenario', async () => {
    const dir = await tempDir();
    const run = runBinary(
      ['simulate', '--mix', 'bear:1,base:2,bull:1', '--paths', '4000', '--json', '--paths-out', 'mix.csv'],
      dir,
    );
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.scenario).toBe('bear:1,base:2,bull:1');
    expect(doc.mixture).toEqual([
      { scenario: 'bear', weight: 1 },
      { scenario: 'base', weight: 2 },
      { scenario: 'bull', weight: 1 },
    ]);
    expect(doc.sampling).toBe('lhs');
    const scenarios = (await readFile(join(dir, 'mix.csv'), 'utf8'))
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    expect(scenarios.filter((s) => s === 'base')).toHaveLength(2000);
    expect(scenarios.filter((s) => s === 'bear')).toHaveLength(1000);
  });

  it('takes --sampling mc, whose result differs from Latin hypercube for the same seed', async () => {
    const dir = await tempDir();
    const lhs = runBinary(['simulate', '--paths', '1000', '--json'], dir);
    const mc = runBinary(['simulate', '--paths', '1000', '--json', '--sampling', 'mc'], dir);
    expect(JSON.parse(mc.stdout).sampling).toBe('mc');
    expect(mc.stdout).not.toBe(lhs.stdout);
  });

  // Each case asks for a paths file too (out.csv, unless the case is about the paths file): none may appear.
  const out = ['--paths-out', 'out.csv'];
  it.each([
    [
      ['--mix', 'bear:1', ...out],
      /^aifin: mix = "bear:1": must be SCENARIO:WEIGHT,… with two or more scenarios/,
    ],
    [['--mix', 'bear:1,base:0', ...out], /^aifin: mix = "bear:1,base:0": must be SCENARIO:WEIGHT/],
    [['--mix', 'bear:1,bear:2', ...out], /^aifin: mix = "bear:1,bear:2": names "bear" twice/],
    [['--mix', 'bear:1,nosuch:2', ...out], /^aifin: .*nosuch/],
    [['--mix', 'bear:1,base:1', '--scenario', 'bull', ...out], /^aifin: --mix chooses the scenarios itself/],
    [['--sampling', 'sobol', ...out], /^aifin: sampling = "sobol": use one of lhs, mc$/],
    [['--paths-out', 'paths.txt'], /^aifin: paths-out = "paths.txt": must name a \.csv file$/],
    [
      ['--paths-out', 'existing.csv'],
      /^aifin: paths-out = "existing.csv": already exists: give --force to replace it$/,
    ],
    [
      ['--paths-out', 'no/such/dir.csv'],
      /^aifin: paths-out = "no\/such\/dir.csv": cannot be written \(ENOENT\)$/,
    ],
    [['--paths-out', 'folder.csv'], /^aifin: paths-out = "folder.csv": is a directory$/],
    [['--scenario', 'bad.yaml', ...out], /^aifin: bad\.yaml: correlations = .*cannot hold together/],
    [
      ['--scenario', 'unknown.yaml', ...out],
      /^aifin: unknown\.yaml: correlations\.0\.1 = "nosuch": must be an input id/,
    ],
  ])('%j: one line, exit 2, nothing written', async (args, message) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'existing.csv'), 'mine\n');
    await mkdir(join(dir, 'folder.csv'));
    await writeFile(
      join(dir, 'bad.yaml'),
      'name: bad\ncorrelations:\n  - [apiGrowth2026, consumerGrowth2026, 0.9]\n  - [consumerGrowth2026, growthFade, 0.9]\n  - [apiGrowth2026, growthFade, -0.9]\n',
    );
    await writeFile(
      join(dir, 'unknown.yaml'),
      'name: unknown\ncorrelations:\n  - [growthFade, nosuch, 0.2]\n',
    );
    const before = (await readdir(dir)).sort();
    const { status, stdout, stderr } = runBinary(['simulate', '--paths', '200', ...args], dir);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await readFile(join(dir, 'existing.csv'), 'utf8')).toBe('mine\n');
  });

  it('replaces an existing paths file with --force', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'p.csv'), 'old\n');
    const run = runBinary(['simulate', '--paths', '200', '--paths-out', 'p.csv', '--force'], dir);
    expect(run.status).toBe(0);
    expect((await readFile(join(dir, 'p.csv'), 'utf8')).startsWith('path,scenario,')).toBe(true);
  });
});
