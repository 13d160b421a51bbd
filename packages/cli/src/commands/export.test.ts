import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { BUILTIN_FACT_SET, BUILTIN_SCENARIOS, describeInputs, evaluate, withHorizon } from '@aifin/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { runExport } from './export.js';

const defaults = { scenarios: [], formats: [], out: 'out', force: false } as const;

/** The JSON document leaves the raw inputs out (a choice is an index there). */
const withoutInputs = <T extends { inputs: unknown }>({ inputs: _, ...rest }: T) => rest;

describe('runExport', () => {
  it('writes out/aifin-base.xlsx by default and prints the summary', async () => {
    const dir = await tempDir();
    const { io, stdout, stderr } = memoryIo(dir);
    expect(await runExport(defaults, io)).toBe(0);
    expect(await readdir(join(dir, 'out'))).toEqual(['aifin-base.xlsx']);
    const { summary } = evaluate(BUILTIN_SCENARIOS.base);
    const table = stdout();
    expect(table).toContain(`${summary.arrAtHorizonEnd.toFixed(2)} B USD (${summary.horizonEndYear})`);
    expect(table).toContain(String(summary.runwayEndYear));
    expect(table).toContain(`${(summary.valuationAtHorizonEnd / summary.arrAtHorizonEnd).toFixed(1)}x`);
    expect(table).toContain(join('out', 'aifin-base.xlsx'));
    expect(stderr()).toBe('');
  });

  it('writes json equal to evaluate(), csv, and an xlsx holding the built-ins beside a file scenario', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'fast.yaml'), 'name: fast\nextends: bull\ninputs:\n  growthFade: 0.1\n');
    const { io } = memoryIo(dir);
    await runExport(
      { ...defaults, scenarios: ['fast.yaml', 'bear'], formats: ['json,csv', 'xlsx'], horizon: '6' },
      io,
    );
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([
      'aifin-bear.csv',
      'aifin-bear.json',
      'aifin-bear.xlsx',
      'aifin-fast.csv',
      'aifin-fast.json',
      'aifin-fast.xlsx',
    ]);
    const bear = JSON.parse(await readFile(join(dir, 'out', 'aifin-bear.json'), 'utf8'));
    expect(bear).toEqual(
      JSON.parse(
        JSON.stringify({
          ...withoutInputs(evaluate(withHorizon(BUILTIN_SCENARIOS.bear, 6))),
          inputs: describeInputs(BUILTIN_SCENARIOS.bear),
          factsAsOf: '2026-06-30', // the latest built-in vintage: the public collection's close
          facts: BUILTIN_FACT_SET.facts,
        }),
      ),
    );
    const csv = await readFile(join(dir, 'out', 'aifin-fast.csv'), 'utf8');
    expect(csv.startsWith('scenario,line,unit,year,value\r\nfast,arr.total,usdB,2023,2\r\n')).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out', 'aifin-fast.xlsx'));
    const assumptions = workbook.getWorksheet('Assumptions');
    const header = assumptions?.getRow(6).values as unknown[];
    expect(header.slice(6, 11)).toEqual(['bear', 'base', 'bull', 'plan', 'fast']);
    expect(assumptions?.getCell('C4').value).toBe('fast');
    const years = workbook.getWorksheet('Cash Flow')?.getRow(4).values as unknown[];
    expect(years.filter((v) => typeof v === 'number')).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
    ]);
  });

  it('draws a progress bar for a batch only on a terminal', async () => {
    const dir = await tempDir();
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    const drawn: string[] = [];
    terminal.on('data', (chunk: Buffer) => drawn.push(chunk.toString()));
    const { io } = memoryIo(dir, terminal);
    await runExport({ ...defaults, scenarios: ['bear', 'base', 'bull'], formats: ['json'] }, io);
    expect(drawn.join('')).toContain('exporting [');

    const quiet = memoryIo(dir);
    await runExport({ ...defaults, scenarios: ['bear', 'base', 'bull'], formats: ['csv'] }, quiet.io);
    expect(quiet.stderr()).toBe('');
  });

  it('writes nothing when one scenario of a batch is bad', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yaml'), 'name: bad\ninputs:\n  growthFade: -3\n');
    const { io } = memoryIo(dir);
    await expect(
      runExport({ ...defaults, scenarios: ['bear', 'bull', 'bad.yaml'], formats: ['xlsx,csv'] }, io),
    ).rejects.toThrow(/bad\.yaml: inputs\.growthFade = -3/);
    expect(await readdir(dir)).toEqual(['bad.yaml']);
  });

  it('exports with a facts file: the JSON and the workbook use the restated F9, the Sources sheet shows both vintages', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'f9.yaml'),
      'facts:\n  - { id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }\n',
    );
    const { io } = memoryIo(dir);
    // As of a date after the restatement but before the audited accounts (June 2026) took over 2025.
    expect(
      await runExport({ ...defaults, formats: ['xlsx,json'], facts: ['f9.yaml'], asOf: '2026-05-15' }, io),
    ).toBe(0);
    const doc = JSON.parse(await readFile(join(dir, 'out', 'aifin-base.json'), 'utf8'));
    expect(doc.lines.operatingIncome[doc.years.indexOf(2025)]).toBeCloseTo(-13.5, 9);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out', 'aifin-base.xlsx'));
    const sources = workbook.getWorksheet('Sources');
    const f9Rows = [] as (readonly unknown[])[];
    sources?.eachRow((row) => {
      if (row.getCell(1).value === 'F9')
        f9Rows.push([row.getCell(4).value, row.getCell(11).value, row.getCell(12).value]);
    });
    expect(f9Rows).toEqual([
      [9, '2026-02-20', 'superseded'],
      [13.5, '2026-05-01', '● in use'],
    ]);
    const [range] = workbook.definedNames.getRanges('fact_F9').ranges;
    const ref = range?.split('!')[1]?.replaceAll('$', '') ?? '';
    expect(sources?.getCell(ref).value).toBe(13.5);
  });

  it('writes nothing when a facts file is bad', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'bad.yaml'),
      'facts:\n  - { id: F7, value: -1, asOf: 2026-05-01, source: { publisher: A } }\n',
    );
    const { io } = memoryIo(dir);
    await expect(runExport({ ...defaults, formats: ['xlsx'], facts: ['bad.yaml'] }, io)).rejects.toThrow(
      'bad.yaml: facts[0].value = -1: must be above 0 for an ARR',
    );
    expect(await readdir(dir)).toEqual(['bad.yaml']);
  });
});
