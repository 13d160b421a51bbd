import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { writeFileAtomic } from './atomic-write.js';

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temporary file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.csv');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, Buffer.from('two'));
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.csv']);
  });

  it('leaves the old file and no temporary file when the write fails', async () => {
    const dir = await tempDir();
    // A directory where the file should go makes the rename fail after the temporary file is written.
    await mkdir(join(dir, 'taken'));
    await writeFile(join(dir, 'taken', 'keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'taken'), 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readdir(join(dir, 'taken'))).toEqual(['keep']);
  });
});
