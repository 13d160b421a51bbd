import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AifinError, BUILTIN_SCENARIOS, describeInputs, evaluate, FACTS, withHorizon } from '@aifin/core';
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
      asJson({ ...withoutInputs(expected), inputs: describeInputs(scenario), facts: FACTS }),
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
