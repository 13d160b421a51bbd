import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary, type RunResult, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';
import { mountTmpfs } from './support/tmpfs.js';

const ALL = [
  'export',
  '--scenario',
  'bear',
  '--scenario',
  'base',
  '--scenario',
  'bull',
  '--format',
  'csv,json,xlsx',
];

/** Runs the binary through bash, for limits (`ulimit`) and another user (`setpriv`). */
const viaShell = (prefix: string, args: readonly string[], cwd: string): RunResult => {
  const line = `${prefix} ${JSON.stringify(process.execPath)} ${JSON.stringify(BINARY)} ${args.map((a) => `'${a}'`).join(' ')}`;
  const result = spawnSync('bash', ['-c', line], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Starts the binary without waiting, for races and signals. */
const start = (args: readonly string[], cwd: string) => {
  const child = spawn(process.execPath, [BINARY, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<RunResult>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
  return { child, done };
};

/** An output directory that already holds a file of the user's, which every failure must leave alone. */
const withUserFile = async (out: string): Promise<void> => {
  await writeFile(join(out, 'notes.md'), 'keep me');
};

describe('class 4: an export publishes every file or none', () => {
  beforeAll(ensureBinary);

  it('a full disk in the middle of a batch: one line naming the file and ENOSPC, nothing written', async () => {
    const dir = await tempDir();
    const out = join(dir, 'full');
    await mountTmpfs(out, 'size=64k');
    await withUserFile(out);
    const before = await snapshotDir(out);
    expectOneLineFailure(
      runBinary([...ALL, '--out', 'full'], dir),
      /^cannot write "full\/aifin-\w+\.\w+": no space left on the device \(ENOSPC\)$/,
    );
    expect(await snapshotDir(out)).toEqual(before);
  });

  it('a full disk with --force keeps every old file as it was', async () => {
    const dir = await tempDir();
    const out = join(dir, 'full');
    await mountTmpfs(out, 'size=64k');
    await writeFile(join(out, 'aifin-base.csv'), 'old base');
    await writeFile(join(out, 'aifin-bull.json'), '{"old": true}');
    const before = await snapshotDir(out);
    expectOneLineFailure(runBinary([...ALL, '--out', 'full', '--force'], dir), /\(ENOSPC\)$/);
    expect(await snapshotDir(out)).toEqual(before);
  });

  it('a read-only file system: one line naming the file and EROFS', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ro');
    await mountTmpfs(out, 'size=64k,ro');
    expectOneLineFailure(
      runBinary(['export', '--out', 'ro'], dir),
      /^cannot write "ro\/aifin-base\.xlsx": read-only file system \(EROFS\)$/,
    );
    expect(await readdir(out)).toEqual([]);
  });

  it('a file-size limit (ulimit -f) hit by the last file: one line with EFBIG, the earlier files unpublished', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    await withUserFile(join(dir, 'out'));
    const before = await snapshotDir(dir);
    // 16 KiB: the csv (about 8 kB) fits, the workbook (about 24 kB) does not.
    expectOneLineFailure(
      viaShell('ulimit -f 48;', ['export', '--format', 'csv,xlsx'], dir),
      /^cannot write "out\/aifin-base\.xlsx": file too large .*\(EFBIG\)$/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('a directory the user may not write (EACCES, as an unprivileged user): one line naming --out', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o755);
    await mkdir(join(dir, 'locked'), { mode: 0o555 });
    await chmod(join(dir, 'locked'), 0o555);
    const before = await snapshotDir(dir);
    expectOneLineFailure(
      viaShell('setpriv --reuid=65534 --regid=65534 --clear-groups', ['export', '--out', 'locked/sub'], dir),
      /^out = "locked\/sub": cannot create or write there: permission denied \(EACCES\)$/,
    );
    expectOneLineFailure(
      viaShell('setpriv --reuid=65534 --regid=65534 --clear-groups', ['export', '--out', 'locked'], dir),
      /^cannot write "locked\/aifin-base\.xlsx": permission denied \(EACCES\)$/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('a name too long: one line with ENAMETOOLONG', async () => {
    const dir = await tempDir();
    expectOneLineFailure(
      runBinary(['export', '--out', 'x'.repeat(300)], dir),
      /^cannot write "x+\.\.\.: name too long \(ENAMETOOLONG\)$/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('two exports into one directory without --force: one wins whole, the other fails with one line', async () => {
    const dir = await tempDir();
    const runs = [start([...ALL, '--out', 'out'], dir), start([...ALL, '--out', 'out'], dir)];
    const results = await Promise.all(runs.map((r) => r.done));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([0, 2]);
    const loser = results.find((r) => r.status === 2);
    if (loser === undefined) throw new Error('no loser');
    expectOneLineFailure(
      loser,
      /^output file "out\/aifin-\w+\.\w+" already exists: pass --force to overwrite it$/,
    );
    const names = (await readdir(join(dir, 'out'))).sort();
    expect(names).toEqual(
      ['bear', 'base', 'bull'].flatMap((s) => ['csv', 'json', 'xlsx'].map((f) => `aifin-${s}.${f}`)).sort(),
    );
    expect(JSON.parse(await readFile(join(dir, 'out', 'aifin-bull.json'), 'utf8')).scenario).toBe('bull');
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s in the middle of a batch removes every temporary file and publishes nothing',
    async (signal, code) => {
      const dir = await tempDir();
      await mkdir(join(dir, 'many'));
      for (let i = 0; i < 40; i++) await writeFile(join(dir, 'many', `s${i}.yaml`), `name: s${i}\n`);
      await mkdir(join(dir, 'out'));
      await withUserFile(join(dir, 'out'));
      const run = start(['export', '--scenarios-dir', 'many', '--format', 'xlsx,csv'], dir);
      // Wait until it has staged some files, then interrupt it.
      const deadline = Date.now() + 60_000;
      while (!(await readdir(join(dir, 'out'))).some((n) => n.endsWith('.tmp')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 5));
      run.child.kill(signal);
      const result = await run.done;
      expect(result.status).toBe(code);
      expect(await readdir(join(dir, 'out'))).toEqual(['notes.md']);
    },
  );
});

describe('class 5: --out through a symbolic link', () => {
  beforeAll(ensureBinary);

  it('follows a symbolic link to a directory', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'real'));
    await symlink('real', join(dir, 'link'));
    const result = runBinary(['export', '--out', 'link', '--format', 'csv,json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((await readdir(join(dir, 'real'))).sort()).toEqual(['aifin-base.csv', 'aifin-base.json']);
  });

  it('follows a chain of links, and an absolute link', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'real'));
    await symlink(join(dir, 'real'), join(dir, 'abs'));
    await symlink('abs', join(dir, 'chain'));
    expect(runBinary(['export', '--out', 'chain', '--format', 'json'], dir).status).toBe(0);
    expect(await readdir(join(dir, 'real'))).toEqual(['aifin-base.json']);
  });

  it('refuses a dangling link and a link to a file as --out', async () => {
    const dir = await tempDir();
    await symlink('nowhere', join(dir, 'dangling'));
    await writeFile(join(dir, 'file'), 'x');
    await symlink('file', join(dir, 'tofile'));
    expectOneLineFailure(
      runBinary(['export', '--out', 'dangling'], dir),
      /^out = "dangling": is not a directory$/,
    );
    expectOneLineFailure(
      runBinary(['export', '--out', 'tofile'], dir),
      /^out = "tofile": is not a directory$/,
    );
  });

  it('keeps refusing a target file that is a symbolic link, even with --force', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'victim'), 'do not overwrite');
    await symlink('../victim', join(dir, 'out', 'aifin-base.csv'));
    const before = await snapshotDir(dir);
    for (const force of [[], ['--force']])
      expectOneLineFailure(
        runBinary(['export', '--format', 'csv', ...force], dir),
        /^output "out\/aifin-base\.csv" exists and is not a file: choose another --out$/,
      );
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
