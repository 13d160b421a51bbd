import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AifinError } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { checkTargets, exportFileName, planTargets } from './targets.js';

describe('planTargets', () => {
  it('names files aifin-<scenario>.<ext> in the output directory, scenario by scenario', () => {
    const targets = planTargets('out', '/work', ['base', 'fast'], ['xlsx', 'csv']);
    expect(targets.map((t) => t.shown)).toEqual([
      join('out', 'aifin-base.xlsx'),
      join('out', 'aifin-base.csv'),
      join('out', 'aifin-fast.xlsx'),
      join('out', 'aifin-fast.csv'),
    ]);
    expect(targets[0]?.path).toBe(join('/work', 'out', 'aifin-base.xlsx'));
    expect(exportFileName('bull', 'json')).toBe('aifin-bull.json');
  });
});

describe('checkTargets', () => {
  it('accepts a missing directory and missing files', async () => {
    const dir = await tempDir();
    await expect(checkTargets('out', dir, planTargets('out', dir, ['base'], ['xlsx']), false)).resolves.toBe(
      undefined,
    );
  });

  it('refuses an existing file unless forced', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'aifin-base.csv'), 'old');
    const targets = planTargets('out', dir, ['base'], ['xlsx', 'csv']);
    await expect(checkTargets('out', dir, targets, false)).rejects.toMatchObject({
      code: 'OUTPUT_EXISTS',
      message: `output file ${JSON.stringify(join('out', 'aifin-base.csv'))} already exists: pass --force to overwrite it`,
    });
    await expect(checkTargets('out', dir, targets, true)).resolves.toBe(undefined);
  });

  it('refuses a directory in the way even when forced, and an output path that is a file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out', 'aifin-base.json'), { recursive: true });
    await expect(checkTargets('out', dir, planTargets('out', dir, ['base'], ['json']), true)).rejects.toThrow(
      AifinError,
    );
    await expect(
      checkTargets('out', dir, planTargets('out', dir, ['base'], ['json']), true),
    ).rejects.toMatchObject({
      code: 'OUTPUT_INVALID',
      message: /exists and is not a file: choose another --out$/,
    });
    await writeFile(join(dir, 'file'), 'x');
    await expect(
      checkTargets('file', dir, planTargets('file', dir, ['base'], ['json']), true),
    ).rejects.toMatchObject({ code: 'OUTPUT_INVALID', message: 'out = "file": is not a directory' });
    await expect(
      checkTargets('file/sub', dir, planTargets('file/sub', dir, ['base'], ['json']), true),
    ).rejects.toThrow(/is not a directory/);
  });
});
