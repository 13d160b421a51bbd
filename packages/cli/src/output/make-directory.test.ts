import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.js';
import { mountTmpfs } from '../../test/support/tmpfs.js';
import { makeDirectory } from './make-directory.js';

describe('makeDirectory', () => {
  it('creates missing parents and returns the first one it made, as recursive mkdir does', async () => {
    const dir = await tempDir();
    expect(makeDirectory(join(dir, 'a', 'b', 'c'))).toBe(join(dir, 'a'));
    expect(existsSync(join(dir, 'a', 'b', 'c'))).toBe(true);
    expect(makeDirectory(join(dir, 'a', 'b', 'c'))).toBeUndefined();
    expect(makeDirectory(join(dir, 'a', 'd'))).toBe(join(dir, 'a', 'd'));
  });

  it('throws the real cause under a missing parent, where recursive mkdir says ENOENT', async () => {
    const dir = await tempDir();
    await mountTmpfs(join(dir, 'ro'), 'size=64k,ro');
    expect(() => makeDirectory(join(dir, 'ro', 'new', 'deeper'))).toThrow(
      expect.objectContaining({ code: 'EROFS' }),
    );
    await mountTmpfs(join(dir, 'full'), 'size=64k,nr_inodes=1');
    expect(() => makeDirectory(join(dir, 'full', 'new', 'deeper'))).toThrow(
      expect.objectContaining({ code: 'ENOSPC' }),
    );
    writeFileSync(join(dir, 'file'), '');
    expect(() => makeDirectory(join(dir, 'file', 'new'))).toThrow(
      expect.objectContaining({ code: 'ENOTDIR' }),
    );
  });
});
