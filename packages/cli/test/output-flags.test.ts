import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

describe('--json on every command that produces a result, through the built binary', () => {
  beforeAll(ensureBinary);

  it.each([
    [['facts', '--json']],
    [['project', '--json', '--horizon', '3']],
    [['sensitivity', '--tornado', '--metric', 'runwayEndYear', '--json']],
    [
      [
        'sensitivity',
        '--x',
        'growthFade=0.1:0.5:3',
        '--y',
        'terminalSalesRatio=0.05:0.2:2',
        '--metric',
        'runwayEndYear',
        '--json',
      ],
    ],
    [['simulate', '--paths', '200', '--json']],
  ])('aifin %j prints one JSON document and nothing on stderr', async (args) => {
    const result = runBinary(args, await tempDir());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('export --json reports every file it wrote, with its real size and a workbook’s real sheets', async () => {
    const dir = await tempDir();
    const result = runBinary(
      [
        'export',
        '--json',
        '--scenario',
        'bear',
        '--scenario',
        'bull',
        '--format',
        'xlsx,csv,json',
        '--out',
        'o',
      ],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.out).toBe('o');
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual(
      (await readdir(join(dir, 'o'))).map((name) => join('o', name)).sort(),
    );
    for (const file of report.files) {
      expect(file.bytes, file.path).toBe((await stat(join(dir, file.path))).size);
      if (file.format !== 'xlsx') {
        expect(file.sheets).toBeUndefined();
        continue;
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, file.path));
      expect(file.sheets).toEqual(workbook.worksheets.map((sheet) => sheet.name));
    }
    expect(report.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual(['bear', 'bull']);
    const project = JSON.parse(runBinary(['project', '--scenario', 'bull', '--json'], dir).stdout);
    expect(report.scenarios[1].summary).toEqual(project.summary);
  });

  it('validate --json gives every file’s verdict in one document, a bad file’s line on stderr, exit 2 if any is bad', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'good.yaml'),
      'name: good\nextends: bull\nhorizon: 7\ninputs:\n  growthFade: 0.1\n',
    );
    await writeFile(join(dir, 'bad.yaml'), 'name: bad\nhorizon: 99\n');
    await writeFile(
      join(dir, 'f9.yaml'),
      'facts:\n  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: WSJ } }\n',
    );
    const result = runBinary(['validate', 'good.yaml', 'bad.yaml', '--facts', 'f9.yaml', '--json'], dir);
    expect(result.stderr).toMatch(/^aifin: bad\.yaml: horizon = 99: [^\n]*\n$/);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      files: [
        {
          file: 'f9.yaml',
          kind: 'facts',
          ok: true,
          observations: 1,
          facts: ['F9'],
          asOf: { from: '2026-05-01', to: '2026-05-01' },
        },
        {
          file: 'good.yaml',
          kind: 'scenario',
          ok: true,
          name: 'good',
          extends: 'bull',
          horizon: 7,
          overridden: 1,
        },
        {
          file: 'bad.yaml',
          kind: 'scenario',
          ok: false,
          error: { code: 'SCENARIO_INVALID', message: expect.stringMatching(/^bad\.yaml: horizon = 99: /) },
        },
      ],
    });
    const good = runBinary(['validate', 'good.yaml', '--json'], dir);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).ok).toBe(true);
  });
});

describe('output flags that conflict, and flags without effect, are refused with one line', () => {
  beforeAll(ensureBinary);

  it.each([
    [
      ['simulate', '--paths', '200', '--json', '--csv'],
      /^option '--json' cannot be used with option '--csv'$/,
    ],
    [['simulate', '--csv', '--json'], /^option '--json' cannot be used with option '--csv'$/],
    [
      ['sensitivity', '--tornado', '--metric', 'runwayEndYear', '--csv', '--json'],
      /^option '--json' cannot be used with option '--csv'$/,
    ],
    [
      ['export', '--simulate', '1000', '--format', 'csv'],
      /^--simulate = "1000": has no effect without xlsx in --format: its paths fill the workbook’s Risk sheet$/,
    ],
    [
      ['export', '--simulate', '1000', '--format', 'json,csv', '--seed', '4'],
      /^--simulate = "1000": has no effect without xlsx in --format/,
    ],
    [
      ['sensitivity', '--tornado', '--metric', 'runwayEndYear', '--x', 'growthFade=0.1:0.5:3'],
      /^--x = "growthFade=0\.1:0\.5:3": has no effect with --tornado, which varies every input over its range$/,
    ],
    [
      ['sensitivity', '--tornado', '--metric', 'runwayEndYear', '--y', 'growthFade=0.1:0.5:3'],
      /^--y = "growthFade=0\.1:0\.5:3": has no effect with --tornado/,
    ],
  ])('aifin %j: exit 2, one line, nothing written', async (args, message) => {
    const dir = await tempDir();
    const before = await snapshotDir(dir);
    expectOneLineFailure(runBinary(args, dir), message);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
