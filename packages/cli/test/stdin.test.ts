import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { runInPty } from './support/pty.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

const FAST = 'name: fast\nextends: bull\nhorizon: 7\ninputs:\n  growthFade: 0.1\n';
const F9 =
  'facts:\n  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: WSJ } }\n';

/** Runs the binary with `input` on its standard input (a pipe). */
function withStdin(args: readonly string[], cwd: string, input: string | Buffer) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.AIFIN_DEBUG;
  const result = spawnSync(process.execPath, [BINARY, ...args], { cwd, input, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('"-" reads a scenario or facts file from standard input, through the built binary', () => {
  beforeAll(ensureBinary);

  it('project --scenario - gives what the same file gives', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'fast.yaml'), FAST);
    const piped = withStdin(['project', '--scenario', '-', '--json'], dir, FAST);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(runBinary(['project', '--scenario', 'fast.yaml', '--json'], dir).stdout);
    // JSON is read too (standard input has no extension: it is read as YAML, of which JSON is a part).
    const json = withStdin(['project', '--scenario', '-', '--json'], dir, '{"name": "j", "horizon": 3}');
    expect(JSON.parse(json.stdout).scenario).toBe('j');
  });

  it('--facts - gives what the same facts file gives, and export writes the scenario read from stdin', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'f9.yaml'), F9);
    const piped = withStdin(['project', '--facts', '-', '--json'], dir, F9);
    expect(piped.status).toBe(0);
    // The same document, but for where the observation came from.
    expect(piped.stdout.replaceAll('<stdin>', 'f9.yaml')).toBe(
      runBinary(['project', '--facts', 'f9.yaml', '--json'], dir).stdout,
    );
    expect(JSON.parse(piped.stdout).facts.find((f: { id: string }) => f.id === 'F9').origin).toBe('<stdin>');
    const exported = withStdin(['export', '--scenario', '-', '--format', 'json'], dir, FAST);
    expect(exported.status).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'out', 'aifin-fast.json'), 'utf8')).scenario).toBe('fast');
  });

  it('validate - and validate --facts - check what was piped', async () => {
    const dir = await tempDir();
    expect(withStdin(['validate', '-'], dir, FAST).stdout).toBe(
      'ok -: name fast, extends bull, horizon 7, 1 input overridden\n',
    );
    expect(withStdin(['validate', '--facts', '-'], dir, F9).stdout).toBe(
      'ok -: 1 observation (F9), as of 2026-05-01\n',
    );
  });

  it.each([
    [['project', '--scenario', '-'], 'horizon: 99\n', /^<stdin>: (name|horizon) = .*$/],
    [['project', '--scenario', '-'], 'name: x\n!!set {a}', /^<stdin>: not valid JSON or YAML: /],
    [
      ['project', '--scenario', '-'],
      Buffer.from([0x6e, 0x3a, 0xff, 0xfe]),
      /^<stdin>: not valid JSON or YAML: invalid UTF-8 on line 1 \(byte 3\)$/,
    ],
    [
      ['project', '--scenario', '-'],
      'x'.repeat(3_000_000),
      /^<stdin>: \d+ bytes is larger than the \d+-byte limit for scenario files$/,
    ],
    [
      ['validate', '--facts', '-'],
      'x'.repeat(3_000_000),
      /^<stdin>: \d+ bytes is larger than the \d+-byte limit for facts files$/,
    ],
    [
      ['export', '--scenario', '-', '--facts', '-', '--format', 'csv'],
      FAST,
      /^standard input \("-"\) is given for --scenario and again for --facts: it can be read once, give it once$/,
    ],
  ])('aifin %j with bad input on stdin: one line, exit 2, nothing written', async (args, input, message) => {
    const dir = await tempDir();
    const before = await snapshotDir(dir);
    expectOneLineFailure(withStdin(args, dir, input), message);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('refuses "-" when standard input is a terminal, instead of waiting silently for typed text', async () => {
    const run = runInPty(['project', '--scenario', '-'], await tempDir());
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/aifin: --scenario = "-" reads standard input, which is a terminal here/);
  });
});
