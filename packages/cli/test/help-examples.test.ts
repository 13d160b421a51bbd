import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/help-examples.js';
import { buildProgram } from '../src/program.js';
import { BINARY, ensureBinary, runBinary } from './support/binary.js';
import { memoryIo } from './support/memory-io.js';
import { tempDir } from './support/temp-dir.js';

const COMMANDS = buildProgram(memoryIo('/').io, () => {}).commands.map((command) => command.name());

/** The files the examples name: a scenario, a facts file, a directory of scenarios. */
async function fixtures(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, 'fast.yaml'), 'name: fast\nextends: bull\ninputs:\n  growthFade: 0.1\n');
  await writeFile(
    join(dir, 'newer.yaml'),
    'facts:\n  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: WSJ } }\n',
  );
  await mkdir(join(dir, 'scenarios'));
  await writeFile(join(dir, 'scenarios', 'slow.yaml'), 'name: slow\nextends: bear\n');
  return dir;
}

describe('examples in every command’s --help, through the built binary', () => {
  beforeAll(ensureBinary);

  it('every command has examples, and only commands that exist do', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...COMMANDS].sort());
    for (const command of COMMANDS) expect(EXAMPLES[command]?.length, command).toBeGreaterThanOrEqual(2);
  });

  it.each(COMMANDS)('aifin %s --help ends with its examples', async (command) => {
    const help = runBinary([command, '--help'], await tempDir());
    expect(help.status).toBe(0);
    const examples = help.stdout.slice(help.stdout.indexOf('\nExamples:\n'));
    expect(examples.startsWith('\nExamples:\n')).toBe(true);
    for (const { line, does } of EXAMPLES[command] ?? []) {
      expect(examples).toContain(`  $ ${line}\n      ${does}`);
      expect(line).toMatch(new RegExp(`(^|\\| |<\\()aifin ${command}\\b`));
    }
  });

  const runnable = Object.entries(EXAMPLES).flatMap(([command, examples]) =>
    examples
      .filter((example) => example.shell === undefined)
      .map((example) => [command, example.line] as const),
  );

  it.each(runnable)('%s example runs in bash and succeeds: %s', async (_, line) => {
    const dir = await fixtures();
    // `aifin` is the built binary; HOME is the fixture directory, so nothing outside it is touched.
    const script = `set -eo pipefail\naifin() { "${process.execPath}" "${BINARY}" "$@"; }\n${line}\n`;
    const result = spawnSync('bash', ['-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HOME: dir, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the zsh and fish examples’ commands succeed (their shells may not be installed)', async () => {
    for (const { line, shell } of Object.values(EXAMPLES).flat()) {
      if (shell === undefined) continue;
      const args = (line.split(' > ')[0] ?? '').split(' ').slice(1);
      const result = runBinary(args, await tempDir());
      expect(result.status, line).toBe(0);
      expect(result.stdout, line).toContain(`${shell} completion for aifin`);
    }
  });
});
