import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AifinError } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { snapshotDir, tempDir } from '../../test/support/temp-dir.js';
import { runCleanup } from '../process-cleanup.js';
import { openOutputBatch } from './output-batch.js';

const file = (dir: string, name: string) => ({ path: join(dir, 'out', name), shown: join('out', name) });

const errorOf = async (run: () => unknown): Promise<unknown> => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('openOutputBatch', () => {
  it('creates the directory, stages to hidden temporaries, and publishes every file at once', async () => {
    const dir = await tempDir();
    const batch = await openOutputBatch('out', dir);
    await batch.stage(file(dir, 'a.csv'), 'a');
    await batch.stage(file(dir, 'b.json'), Buffer.from('{}'));
    const staged = await readdir(join(dir, 'out'));
    expect(staged).toHaveLength(2);
    expect(staged.every((name) => name.startsWith('.') && name.endsWith('.tmp'))).toBe(true);
    batch.publish(false);
    batch.discard();
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a.csv', 'b.json']);
    expect(await readFile(join(dir, 'out', 'a.csv'), 'utf8')).toBe('a');
  });

  it('without --force, a target that appeared after staging fails the whole batch and undoes it', async () => {
    const dir = await tempDir();
    const batch = await openOutputBatch('out', dir);
    for (const name of ['a.csv', 'b.csv', 'c.csv']) await batch.stage(file(dir, name), name);
    await writeFile(join(dir, 'out', 'c.csv'), 'another export got here first');
    const error = await errorOf(() => batch.publish(false));
    expect(error).toBeInstanceOf(AifinError);
    expect((error as Error).message).toBe(
      'output file "out/c.csv" already exists: pass --force to overwrite it',
    );
    expect(await snapshotDir(join(dir, 'out'))).toEqual({
      'c.csv': Buffer.from('another export got here first').toString('base64'),
    });
  });

  it('with --force, a failure in the middle puts back every file it had replaced', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'a.csv'), 'old a');
    await writeFile(join(dir, 'out', 'b.csv'), 'old b');
    const before = await snapshotDir(join(dir, 'out'));
    const batch = await openOutputBatch('out', dir);
    for (const name of ['a.csv', 'b.csv', 'c.csv']) await batch.stage(file(dir, name), `new ${name}`);
    // A non-empty directory where the third file goes: rename fails after two files were replaced.
    await mkdir(join(dir, 'out', 'c.csv', 'x'), { recursive: true });
    const error = await errorOf(() => batch.publish(true));
    expect((error as Error).message).toMatch(
      /^cannot write "out\/c\.csv": .*\((EPERM|EISDIR|ENOTEMPTY|EEXIST)\)$/,
    );
    await rm(join(dir, 'out', 'c.csv'), { recursive: true });
    const after = await snapshotDir(join(dir, 'out'));
    expect(after).toEqual(Object.fromEntries(Object.entries(before ?? {})));
  });

  it('a directory removed under it becomes one line naming the file and the cause', async () => {
    const dir = await tempDir();
    const batch = await openOutputBatch('out', dir);
    await rm(join(dir, 'out'), { recursive: true });
    const error = await errorOf(() => batch.stage(file(dir, 'a.csv'), 'a'));
    expect((error as Error).message).toBe(
      'cannot write "out/a.csv": a directory on the path does not exist (ENOENT)',
    );
  });

  it('discarding removes its temporaries and the directories it created, and nothing else', async () => {
    const dir = await tempDir();
    const batch = await openOutputBatch('new/deeper/out', dir);
    await batch.stage({ path: join(dir, 'new/deeper/out/a.csv'), shown: 'a.csv' }, 'a');
    batch.discard();
    expect(await readdir(dir)).toEqual([]);

    await mkdir(join(dir, 'out'));
    const foreign = join(dir, 'out', '.aifin-base.csv.999-abcdef.tmp');
    await writeFile(foreign, 'not ours');
    const second = await openOutputBatch('out', dir);
    await second.stage(file(dir, 'aifin-base.csv'), 'a');
    second.discard();
    expect(await readdir(join(dir, 'out'))).toEqual(['.aifin-base.csv.999-abcdef.tmp']);
  });

  it('a signal or exit in the middle (the cleanup tasks) removes the temporaries', async () => {
    const dir = await tempDir();
    const batch = await openOutputBatch('out', dir);
    await batch.stage(file(dir, 'a.csv'), 'a');
    runCleanup();
    expect(await snapshotDir(dir)).toEqual({});
  });

  it('names --out when the directory may not be written, even by root (/sys is read-only)', async () => {
    const error = await errorOf(() => openOutputBatch('/sys/aifin-test', '/'));
    expect(error).toBeInstanceOf(AifinError);
    expect((error as AifinError).code).toBe('OUTPUT_INVALID');
    expect((error as Error).message).toMatch(
      /^out = "\/sys\/aifin-test": cannot create or write there: [a-z -]+ \(E(PERM|ACCES|ROFS)\)$/,
    );
  });
});
