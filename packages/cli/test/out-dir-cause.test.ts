import { spawnSync } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';
import { mountTmpfs } from './support/tmpfs.js';

describe('a new --out directory that cannot be created names the real cause, through the built binary', () => {
  beforeAll(ensureBinary);

  it.each([
    ['on a read-only file system', 'size=64k,ro', 'read-only file system \\(EROFS\\)'],
    [
      'on a file system with no inode left',
      'size=64k,nr_inodes=1',
      'no space left on the device \\(ENOSPC\\)',
    ],
  ])('%s: one line naming --out and the cause, not "does not exist"', async (_, options, cause) => {
    const dir = await tempDir();
    await mountTmpfs(join(dir, 'mnt'), options);
    const before = await snapshotDir(dir);
    for (const out of ['mnt/new', 'mnt/new/deeper']) {
      const line = expectOneLineFailure(
        runBinary(['export', '--format', 'csv', '--out', out], dir),
        new RegExp(`^out = "${out.replaceAll('/', '\\/')}": cannot create or write there: ${cause}$`),
      );
      expect(line).not.toContain('does not exist');
    }
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('under a directory the user may not write (EACCES, as an unprivileged user)', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o755);
    await mkdir(join(dir, 'locked'), { mode: 0o555 });
    await chmod(join(dir, 'locked'), 0o555);
    const result = spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        BINARY,
        'export',
        '--out',
        'locked/a/b',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expectOneLineFailure(
      { status: result.status, stdout: result.stdout, stderr: result.stderr },
      /^out = "locked\/a\/b": cannot create or write there: permission denied \(EACCES\)$/,
    );
  });
});
