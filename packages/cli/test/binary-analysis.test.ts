import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { tempDir } from './support/temp-dir.js';

describe('aifin simulate and sensitivity, as built', () => {
  beforeAll(() => ensureBinary());

  it('prints byte-identical JSON for the same seed with 1, 2 or 3 worker threads, and nothing on stderr', async () => {
    const dir = await tempDir();
    const outputs = ['1', '2', '3'].map((workers) =>
      runBinary(['simulate', '--paths', '12000', '--seed', '77', '--workers', workers, '--json'], dir),
    );
    for (const result of outputs) {
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    }
    expect(outputs[1]?.stdout).toBe(outputs[0]?.stdout);
    expect(outputs[2]?.stdout).toBe(outputs[0]?.stdout);
    expect(JSON.parse(outputs[0]?.stdout ?? '')).toMatchObject({ paths: 12000, seed: 77 });
  });

  it('simulates and grids on the facts in use: a restated F9 held gives 2025 operating income of −13.5 on every path', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'f9.yaml'),
      'facts:\n  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: WSJ } }\n',
    );
    const run = (extra: readonly string[]) =>
      runBinary(
        ['simulate', '--paths', '300', '--seed', '5', '--workers', '2', '--hold-facts', '--json', ...extra],
        dir,
      );
    // After the restatement, before the audited accounts (June 2026) superseded the article's calibration.
    const restated = run(['--facts', 'f9.yaml', '--as-of', '2026-05-15']);
    expect(restated.stderr).toBe('');
    const income = JSON.parse(restated.stdout).percentiles.operatingIncome;
    for (const band of ['p5', 'p50', 'p95']) expect(income[band][2]).toBeCloseTo(-13.5, 9);
    // Known before the restatement: the article's −9 again.
    const before = JSON.parse(run(['--facts', 'f9.yaml', '--as-of', '2026-04-30']).stdout).percentiles
      .operatingIncome;
    expect(before.p50[2]).toBeCloseTo(-9, 9);
    const grid = runBinary(
      [
        'sensitivity',
        '--x',
        'growthFade=0.1:0.5:3',
        '--y',
        'terminalSalesRatio=0:0.4:3',
        '--metric',
        'operatingIncome@2025',
        '--json',
        '--facts',
        'f9.yaml',
        '--as-of',
        '2026-05-15',
      ],
      dir,
    );
    expect(grid.stderr).toBe('');
    expect(JSON.parse(grid.stdout).grid.flat()).toEqual(Array(9).fill(expect.closeTo(-13.5, 9)));
  });

  it('adds a Risk sheet with export --simulate, holding what simulate --json gives for the same seed', async () => {
    const dir = await tempDir();
    const exported = runBinary(['export', '--simulate', '600', '--seed', '11', '--out', 'out'], dir);
    expect(exported.status).toBe(0);
    const simulated = JSON.parse(
      runBinary(['simulate', '--paths', '600', '--seed', '11', '--json'], dir).stdout,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out', 'aifin-base.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      'Assumptions',
      'Revenue Mix',
      'Income Statement',
      'Cash Flow',
      'Valuation',
      'Plan',
      'Checks',
      'Competitors',
      'Sources',
      'Scenarios',
      'Sensitivity',
      'Risk',
    ]);
    const risk = workbook.getWorksheet('Risk');
    const rows: (string | number | null)[][] = [];
    risk?.eachRow((row) => {
      rows.push((row.values as (string | number | null)[]).slice(1));
    });
    const section = rows.findIndex((r) => String(r[0] ?? '').includes('(arr.total)'));
    const p50 = rows[section + 4] ?? [];
    expect(p50[1]).toBe('P50');
    expect(p50.slice(3)).toEqual(simulated.percentiles['arr.total'].p50);
  });

  it.each([
    [['simulate', '--paths', '50'], /^aifin: paths = "50": must be a whole number from 100 to 10000000$/],
    [['export', '--seed', '4'], /^aifin: --seed is the seed of --simulate/],
    [['export', '--simulate', '99'], /^aifin: paths = "99"/],
    [['simulate', '--seed', '-3'], /^aifin: seed = "-3": must be a whole number from 0 to 4294967295$/],
    [
      ['sensitivity', '--x', 'nosuch=0:1:3', '--y', 'growthFade=0.1:0.2:2', '--metric', 'runwayEndYear'],
      /^aifin: x = "nosuch=0:1:3": unknown input/,
    ],
    [['sensitivity', '--tornado', '--metric', 'cash@2030'], /^aifin: metric = "cash@2030": /],
    [
      [
        'sensitivity',
        '--x',
        'growthFade=0.1:0.5:200',
        '--y',
        'terminalSalesRatio=0:0.3:2',
        '--metric',
        'runwayEndYear',
      ],
      /STEPS must be a whole number from 2 to 101$/,
    ],
  ])('%j: one line, exit 2', async (args, message) => {
    const { status, stdout, stderr } = runBinary(args, await tempDir());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});
