import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, rmdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

/** Runs a shell line with the binary as $AIFIN; a timeout turns a hang into a failure instead of a stuck run. */
const shell = (line: string, cwd: string) => {
  const result = spawnSync('bash', ['-c', line], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, AIFIN: `${process.execPath} ${BINARY}`, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
};

describe('class 2: a scenario file that is not a regular file', () => {
  beforeAll(ensureBinary);

  const SPECIAL: readonly (readonly [string, (dir: string) => Promise<string>])[] = [
    [
      'a FIFO',
      async (dir) => {
        execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
        return 'pipe.yaml';
      },
    ],
    ['a character device (/dev/zero)', async () => '/dev/zero'],
    ['/dev/null', async () => '/dev/null'],
    ['a terminal-like device (/dev/tty)', async () => '/dev/tty'],
    [
      'a symbolic link to a FIFO',
      async (dir) => {
        execFileSync('mkfifo', [join(dir, 'p')]);
        await symlink(join(dir, 'p'), join(dir, 'link.yaml'));
        return 'link.yaml';
      },
    ],
    [
      'a Unix socket',
      async (dir) => {
        const server = createServer();
        await new Promise<void>((done) => server.listen(join(dir, 'sock.yaml'), done));
        // The socket file stays after close only if we do not unref it; keep it listening for the run.
        socketServers.push(server);
        return 'sock.yaml';
      },
    ],
  ];
  const socketServers: ReturnType<typeof createServer>[] = [];

  it.each(SPECIAL)('%s given directly: one line, exit 2, no hang', async (_, make) => {
    const dir = await tempDir();
    const file = await make(dir);
    for (const args of [
      ['validate', file],
      ['project', '--scenario', file],
      ['export', '--scenario', file],
    ]) {
      const result = shell(`$AIFIN ${args.map((a) => `'${a}'`).join(' ')}`, dir);
      expect(result.signal, 'hung and was killed').toBeNull();
      expectOneLineFailure(result, /is not a regular file$/);
    }
    for (const server of socketServers.splice(0)) server.close();
  });

  it('a FIFO inside --scenarios-dir: one line, exit 2, nothing written', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'many'));
    await writeFile(join(dir, 'many', 'a.yaml'), 'name: a\n');
    execFileSync('mkfifo', [join(dir, 'many', 'b.yaml')]);
    const before = await snapshotDir(dir);
    const result = shell('$AIFIN export --scenarios-dir many --format csv', dir);
    expect(result.signal).toBeNull();
    expectOneLineFailure(result, /^scenario file "many\/b\.yaml" is not a regular file$/);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});

describe('class 3: a closed or full stdout, a deleted working directory', () => {
  beforeAll(ensureBinary);

  it.each([
    ['project', '$AIFIN project'],
    ['project --json', '$AIFIN project --json'],
    ['facts', '$AIFIN facts'],
    ['facts --json', '$AIFIN facts --json'],
    ['help', '$AIFIN export --help'],
  ])('%s | head -1: ends quietly with exit 0', async (_, command) => {
    const dir = await tempDir();
    // Enough output to overflow the pipe after head has gone, so the write really fails with EPIPE.
    const result = shell(`${command} | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`, dir);
    expect(result.stderr).toBe('status=0\n');
  });

  it.each([
    ['project', ['project']],
    ['project --json', ['project', '--json']],
    ['facts', ['facts']],
    ['validate', ['validate', 'ok.yaml']],
    ['export summary', ['export', '--format', 'csv']],
  ])('%s > /dev/full: one line naming the cause, exit 2', async (_, args) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'ok.yaml'), 'name: ok\n');
    const result = shell(`$AIFIN ${args.join(' ')} > /dev/full`, dir);
    expectOneLineFailure(result, /^cannot write to standard output: no space left on the device \(ENOSPC\)$/);
  });

  it.each([
    ['project', ['project'], 1],
    ['export', ['export'], 1],
    ['validate', ['validate', 'a.yaml'], 1],
    ['facts (needs no directory)', ['facts', '--json'], 0],
    ['--version (needs no directory)', ['--version'], 0],
  ])('in a deleted working directory, %s', async (_, args, fails) => {
    const dir = await tempDir();
    await mkdir(join(dir, 'gone'));
    const result = shell(`cd gone && rmdir ../gone && $AIFIN ${args.join(' ')}`, dir);
    if (fails)
      expectOneLineFailure(
        result,
        /^the current directory cannot be read: .*\(ENOENT\): cd to an existing directory$/,
      );
    else expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('still works from a directory that exists (control)', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'here'));
    expect(runBinary(['project', '--json'], join(dir, 'here')).status).toBe(0);
    await rmdir(join(dir, 'here'));
  });
});
