import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AifinError, BUILTIN_SCENARIOS, MAX_SCENARIO_FILE_BYTES } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { loadScenarioFile } from './load-scenario-file.js';

describe('loadScenarioFile', () => {
  it('reads YAML and JSON (with a byte-order mark) relative to the working directory', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'fast.yaml'), 'name: fast\nextends: bull\ninputs:\n  growthFade: 0.1\n');
    await writeFile(join(dir, 'slow.json'), '\uFEFF{"name": "slow", "horizon": 9}');
    const fast = await loadScenarioFile('fast.yaml', dir);
    expect(fast.inputs.growthFade).toBe(0.1);
    expect(fast.inputs.openingCash).toBe(BUILTIN_SCENARIOS.bull.inputs.openingCash);
    expect((await loadScenarioFile('slow.json', dir)).horizon).toBe(9);
  });

  it('refuses an oversized file by its size, naming the file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'big.yaml'), `name: big\n#${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}\n`);
    const error = await loadScenarioFile('big.yaml', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AifinError);
    expect((error as AifinError).code).toBe('FILE_TOO_LARGE');
    expect((error as AifinError).message).toMatch(/^big\.yaml: \d+ bytes/);
  });

  it('names a missing file and a directory', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'd.yaml'));
    await expect(loadScenarioFile('missing.yaml', dir)).rejects.toThrow(AifinError);
    await expect(loadScenarioFile('missing.yaml', dir)).rejects.toMatchObject({
      code: 'SCENARIO_FILE_UNREADABLE',
      message: 'scenario file "missing.yaml" does not exist',
    });
    await expect(loadScenarioFile('d.yaml', dir)).rejects.toMatchObject({
      code: 'SCENARIO_FILE_UNREADABLE',
      message: 'scenario file "d.yaml" is not a regular file',
    });
  });

  it('passes core’s message for bad content through, naming the field and value', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yaml'), 'name: bad\ninputs:\n  growthFade: 7\n');
    await expect(loadScenarioFile('bad.yaml', dir)).rejects.toThrow(/bad\.yaml: inputs\.growthFade = 7/);
  });
});
