import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AifinError,
  BUILTIN_FACT_SET,
  BUILTIN_SCENARIOS,
  describeInputs,
  evaluate,
  withHorizon,
} from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { runProject } from './project.js';

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The evaluation without its raw inputs (a choice is an index there): the document describes them instead. */
const withoutInputs = <T extends { inputs: unknown }>({ inputs: _, ...rest }: T) => rest;

describe('runProject', () => {
  it('prints the JSON document of evaluate() for a built-in and a horizon', async () => {
    const { io, stdout } = memoryIo(process.cwd());
    expect(await runProject({ scenario: 'bull', horizon: '8', json: true }, io)).toBe(0);
    const scenario = withHorizon(BUILTIN_SCENARIOS.bull, 8);
    const expected = evaluate(scenario);
    expect(JSON.parse(stdout())).toEqual(
      asJson({
        ...withoutInputs(expected),
        inputs: describeInputs(scenario),
        factsAsOf: '2026-06-30', // the latest built-in vintage: the public collection's close
        facts: BUILTIN_FACT_SET.facts,
      }),
    );
  });

  it('projects a scenario file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'fast.yaml'), 'name: fast\ninputs:\n  growthFade: 0.05\n');
    const { io, stdout } = memoryIo(dir);
    await runProject({ scenario: 'fast.yaml', json: true }, io);
    const doc = JSON.parse(stdout());
    expect(doc.scenario).toBe('fast');
    expect(doc.years).toHaveLength(3 + BUILTIN_SCENARIOS.base.horizon);
  });

  it('prints tables: years as columns, lines, summary and checks', async () => {
    const { io, stdout } = memoryIo(process.cwd());
    await runProject({ json: false }, io);
    const text = stdout();
    const { summary, years } = evaluate(BUILTIN_SCENARIOS.base);
    expect(text).toMatch(new RegExp(`line +│ unit +│ +${years.join(' +│ +')} +│`));
    expect(text).toMatch(/Total ARR \(year end\) +│ USD B +│ +2\.00 │ +6\.00 │ +20\.00 │/);
    expect(text).toMatch(
      new RegExp(`Total ARR at end of 2030 +│ ${summary.arrAtHorizonEnd.toFixed(2)} +│ USD B`),
    );
    expect(text).toContain('loss.h1-vs-fy');
    expect(text).toContain('flag');
  });

  it('throws core’s user error for a bad horizon', async () => {
    const { io } = memoryIo(process.cwd());
    await expect(runProject({ horizon: '16', json: true }, io)).rejects.toThrow(AifinError);
  });

  it('adds a sparkline per line on a terminal only', async () => {
    const plain = memoryIo(process.cwd());
    await runProject({ json: false }, plain.io);
    expect(plain.stdout()).not.toMatch(/[▁▂▃▄▅▆▇█]/);
    const terminal = memoryIo(process.cwd());
    await runProject({ json: false }, { ...terminal.io, outIsTerminal: true });
    const arrRow = terminal
      .stdout()
      .split('\n')
      .find((row) => row.includes('Total ARR'));
    // ARR rises every year: the sparkline climbs from the lowest block to the highest.
    expect(arrRow).toMatch(/▁[▁▂▃▄▅▆▇█]*█/);
    const json = memoryIo(process.cwd());
    await runProject({ json: true }, { ...json.io, outIsTerminal: true });
    expect(json.stdout()).not.toMatch(/[▁▂▃▄▅▆▇█]/);
  });
});

describe('runProject with facts files', () => {
  const F9 = 'facts:\n  - { id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }\n';
  const project = async (asOf?: string) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'f9.yaml'), F9);
    const { io, stdout } = memoryIo(dir);
    expect(await runProject({ json: true, facts: ['f9.yaml'], asOf }, io)).toBe(0);
    return JSON.parse(stdout()) as {
      years: number[];
      lines: Record<string, (number | null)[]>;
      factsAsOf: string;
      facts: { id: string; value: number }[];
    };
  };
  const income2025 = (doc: Awaited<ReturnType<typeof project>>) =>
    doc.lines.operatingIncome?.[doc.years.indexOf(2025)];

  it('calibrates 2025 operating income to a restated F9 until the audited accounts are known, then to them', async () => {
    const before = await project('2026-05-15');
    expect(income2025(before)).toBeCloseTo(-13.5, 9);
    const doc = await project();
    expect(income2025(doc)).toBeCloseTo(-20.92, 1);
    // The latest date among the facts in use: the public collection (2026-06-30) is later than the restated F9.
    expect(doc.factsAsOf).toBe('2026-06-30');
    expect(doc.facts.find((f) => f.id === 'F9')?.value).toBe(13.5);
  });

  it('restores −9 with --as-of before the restatement', async () => {
    const doc = await project('2026-04-30');
    expect(income2025(doc)).toBeCloseTo(-9, 9);
    expect(doc.factsAsOf).toBe('2026-04-30');
  });

  it('rolls forward with an ARR actual for 2026: lastActualYear 2026, the projection from 2027', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'arr.yaml'),
      'facts:\n  - { id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: Reuters } }\n',
    );
    const { io, stdout } = memoryIo(dir);
    expect(await runProject({ json: true, facts: ['arr.yaml'] }, io)).toBe(0);
    const doc = JSON.parse(stdout()) as {
      years: number[];
      lastActualYear: number;
      lines: Record<string, unknown[]>;
    };
    expect(doc.lastActualYear).toBe(2026);
    expect(doc.years[0]).toBe(2023);
    expect(doc.years).toHaveLength(4 + BUILTIN_SCENARIOS.base.horizon);
    expect(doc.lines['arr.total']?.[3]).toBe(30);
    expect(doc.lines['growth.enterprise']?.slice(3, 5)).toEqual([
      null,
      BUILTIN_SCENARIOS.base.inputs.enterpriseGrowth2026,
    ]);

    const table = memoryIo(dir);
    await runProject({ json: false, facts: ['arr.yaml'] }, table.io);
    expect(table.stdout()).toContain('actuals to 2026, projected from 2027');
  });
});
