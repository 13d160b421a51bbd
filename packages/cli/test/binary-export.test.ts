import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { ensureBinary, runBinary } from './support/binary.js';
import { tempDir } from './support/temp-dir.js';

describe('the built binary exporting', () => {
  beforeAll(ensureBinary);

  it('prints its version and exits 0', () => {
    const { status, stdout, stderr } = runBinary(['--version'], process.cwd());
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('leaves out/aifin-base.xlsx with no flags', async () => {
    const dir = await tempDir();
    const { status, stdout } = runBinary(['export'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('aifin-base.xlsx');
    expect(await readdir(join(dir, 'out'))).toEqual(['aifin-base.xlsx']);
  });

  it('overwrites existing files with --force, atomically, leaving no temporary file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'aifin-base.csv'), 'old,contents\n');
    await writeFile(join(dir, 'out', 'aifin-base.json'), '{"old": true}');
    const { status, stderr } = runBinary(['export', '--format', 'csv,json', '--force'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(await readFile(join(dir, 'out', 'aifin-base.csv'), 'utf8')).toMatch(
      /^scenario,line,unit,year,value\r\n/,
    );
    expect(JSON.parse(await readFile(join(dir, 'out', 'aifin-base.json'), 'utf8')).scenario).toBe('base');
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['aifin-base.csv', 'aifin-base.json']);
  });

  it('writes every format for a batch of scenario files, quietly when stderr is not a terminal', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'scenarios'));
    await writeFile(
      join(dir, 'scenarios', 'fast.yaml'),
      'name: fast\nextends: bull\ninputs:\n  growthFade: 0.1\n',
    );
    await writeFile(join(dir, 'scenarios', 'slow.yml'), 'name: slow\nextends: bear\nhorizon: 10\n');
    await writeFile(join(dir, 'scenarios', 'mid.json'), '{"name": "mid", "inputs": {"openingCash": 50}}');
    const { status, stdout, stderr } = runBinary(
      ['export', '--scenarios-dir', 'scenarios', '--format', 'xlsx,csv,json', '--out', 'batch'],
      dir,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const names = ['fast', 'mid', 'slow'];
    expect((await readdir(join(dir, 'batch'))).sort()).toEqual(
      names.flatMap((n) => ['csv', 'json', 'xlsx'].map((ext) => `aifin-${n}.${ext}`)),
    );
    for (const name of names) {
      expect(stdout).toMatch(new RegExp(`│ ${name} +│ [\\d.]+ B USD \\(\\d{4}\\)`));
      const doc = JSON.parse(await readFile(join(dir, 'batch', `aifin-${name}.json`), 'utf8'));
      expect(doc.scenario).toBe(name);
      const csv = await readFile(join(dir, 'batch', `aifin-${name}.csv`), 'utf8');
      expect(csv.split('\r\n')[1]).toBe(`${name},arr.total,usdB,2023,2`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, 'batch', `aifin-${name}.xlsx`));
      expect(workbook.getWorksheet('Assumptions')?.getCell('C4').value).toBe(name);
    }
    const slow = JSON.parse(await readFile(join(dir, 'batch', 'aifin-slow.json'), 'utf8'));
    expect(slow.years.at(-1)).toBe(2035);
  });
});
