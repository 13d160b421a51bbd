import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary, runBinary } from './support/binary.js';
import { tempDir } from './support/temp-dir.js';

/** Runs the binary under a shell's limits (`ulimit -v` in KiB), or as `nobody` with a thread limit. */
function runLimited(prefix: string, args: readonly string[], cwd: string) {
  const quoted = [process.execPath, BINARY, ...args].map((a) => `'${a}'`).join(' ');
  const result = spawnSync('bash', ['-c', `${prefix} ${quoted}`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SIMULATE = ['simulate', '--paths', '40000', '--seed', '6', '--json'];
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('bash', ['-c', 'command -v setpriv && command -v prlimit']).status === 0;

describe('aifin simulate under limits, as built', () => {
  beforeAll(() => ensureBinary());

  it('starts only the workers an address-space limit leaves room for, and gives the same bytes', async () => {
    const dir = await tempDir();
    const expected = runBinary([...SIMULATE, '--workers', '1'], dir);
    expect(expected.status).toBe(0);
    // 8 workers would reserve about 6 GB of address space: V8 used to abort the whole process (exit 133).
    for (const kib of [3_000_000, 1_200_000]) {
      const limited = runLimited(`ulimit -v ${kib}; exec`, [...SIMULATE, '--workers', '8'], dir);
      expect(limited.stderr, `ulimit -v ${kib}`).toBe('');
      expect(limited.status, `ulimit -v ${kib}`).toBe(0);
      expect(limited.stdout).toBe(expected.stdout);
    }
  });

  it('caps --workers at the machine’s parallelism: 64 asked gives the same bytes', async () => {
    const dir = await tempDir();
    const one = runBinary([...SIMULATE, '--workers', '1'], dir);
    const many = runBinary([...SIMULATE, '--workers', '64'], dir);
    expect(many.status).toBe(0);
    expect(many.stdout).toBe(one.stdout);
  });

  // A thread limit binds only an unprivileged user: the test drops to `nobody`, which needs root to do.
  it.runIf(isRoot && hasSetpriv)(
    'falls back to fewer threads under a thread limit (RLIMIT_NPROC)',
    async () => {
      const dir = '/tmp';
      const one = runBinary([...SIMULATE, '--workers', '1'], dir);
      const limited = runLimited(
        'exec setpriv --reuid=65534 --regid=65534 --clear-groups prlimit --nproc=12',
        [...SIMULATE, '--workers', '2'],
        dir,
      );
      expect(limited.stderr).toBe('');
      expect(limited.status).toBe(0);
      expect(limited.stdout).toBe(one.stdout);
    },
  );

  it('draws only the facts the model reads: 2,000 unread facts add no column to the paths', async () => {
    const dir = await tempDir();
    const facts = Array.from(
      { length: 2_000 },
      (_, i) =>
        `- {id: Z${i + 1}, company: Anthropic, metric: benchmark, period: 2025, value: ${(i % 9) + 1}, asOf: 2026-01-01, source: {publisher: P}}`,
    );
    await writeFile(join(dir, 'many.yaml'), `facts:\n${facts.join('\n')}\n`);
    const plain = runBinary(['simulate', '--paths', '1000', '--json', '--paths-out', 'plain.csv'], dir);
    const many = runBinary(
      ['simulate', '--paths', '1000', '--json', '--paths-out', 'many.csv', '--facts', 'many.yaml'],
      dir,
    );
    expect(plain.status).toBe(0);
    expect(many.status).toBe(0);
    const header = async (file: string) => (await readFile(join(dir, file), 'utf8')).split('\r\n')[0];
    expect(await header('many.csv')).toBe(await header('plain.csv'));
    expect(await header('many.csv')).not.toContain('Z1');
    // The same draws: the unread facts change nothing.
    expect(many.stdout).toBe(plain.stdout);
  });
});
