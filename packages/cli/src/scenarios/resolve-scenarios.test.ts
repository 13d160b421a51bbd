import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AifinError } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { resolveScenarios } from './resolve-scenarios.js';

describe('resolveScenarios', () => {
  it('defaults to base', async () => {
    const resolved = await resolveScenarios({ refs: [] }, await tempDir());
    expect(resolved.map((r) => [r.scenario.name, r.origin])).toEqual([['base', 'built-in']]);
  });

  it('takes names, files and a directory’s files in name order, applying the horizon to each', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'many'));
    await writeFile(join(dir, 'many', 'b.yml'), 'name: b\nhorizon: 3\n');
    await writeFile(join(dir, 'many', 'a.json'), '{"name": "a"}');
    await writeFile(join(dir, 'many', 'notes.txt'), 'ignored');
    await writeFile(join(dir, 'one.yaml'), 'name: one\n');
    const resolved = await resolveScenarios({ refs: ['bull', 'one.yaml'], dir: 'many', horizon: 7 }, dir);
    expect(resolved.map((r) => r.scenario.name)).toEqual(['bull', 'one', 'a', 'b']);
    expect(resolved.map((r) => r.scenario.horizon)).toEqual([7, 7, 7, 7]);
    expect(resolved[2]?.origin).toBe(join('many', 'a.json'));
  });

  it('keeps a file’s own horizon without an override', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'h.yaml'), 'name: h\nhorizon: 12\n');
    expect((await resolveScenarios({ refs: ['h.yaml'] }, dir))[0]?.scenario.horizon).toBe(12);
  });

  it('refuses a name used twice, naming both origins', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x.yaml'), 'name: same\n');
    await writeFile(join(dir, 'y.yaml'), 'name: same\n');
    await expect(resolveScenarios({ refs: ['x.yaml', 'y.yaml'] }, dir)).rejects.toThrow(
      /scenario name "same" is used twice \(x\.yaml, y\.yaml\)/,
    );
    await expect(resolveScenarios({ refs: ['base', 'base'] }, dir)).rejects.toThrow(AifinError);
  });

  it('refuses an unknown built-in, a missing or empty directory, and a file given as one', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'notes.txt'), 'not a directory');
    await expect(resolveScenarios({ refs: ['nosuch'] }, dir)).rejects.toThrow(/unknown scenario "nosuch"/);
    await expect(resolveScenarios({ refs: [], dir: 'gone' }, dir)).rejects.toThrow(
      /scenarios-dir = "gone": does not exist/,
    );
    await expect(resolveScenarios({ refs: [], dir: 'empty' }, dir)).rejects.toMatchObject({
      code: 'SCENARIOS_DIR_INVALID',
      message: 'scenarios-dir = "empty": holds no .json, .yaml or .yml file',
    });
    await expect(resolveScenarios({ refs: [], dir: 'notes.txt' }, dir)).rejects.toMatchObject({
      code: 'SCENARIOS_DIR_INVALID',
      message: 'scenarios-dir = "notes.txt": is not a directory',
    });
  });
});
