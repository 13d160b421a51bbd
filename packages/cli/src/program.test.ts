import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../test/support/memory-io.js';
import { runCli } from './program.js';
import { VERSION } from './version.js';

const failure = async (promise: Promise<unknown>): Promise<CommanderError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CommanderError)) throw new Error(`expected a CommanderError, got ${String(error)}`);
  return error;
};

describe('runCli', () => {
  it('prints the version', async () => {
    const { io, stdout } = memoryIo(process.cwd());
    const error = await failure(runCli(['--version'], io));
    expect(error.exitCode).toBe(0);
    expect(stdout()).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[], ['facts', 'project', 'export', 'validate']],
    [['facts'], ['--json']],
    [['project'], ['--scenario', '--horizon', '--json', 'null means the line is not modelled']],
    [['export'], ['--scenario', '--scenarios-dir', '--format', '--out', '--force', '--horizon']],
    [['validate'], ['[files...]', '--facts']],
  ])('shows help for %j on stdout', async (command, mentions) => {
    const { io, stdout } = memoryIo(process.cwd());
    const error = await failure(runCli([...command, '--help'], io));
    expect(error.exitCode).toBe(0);
    for (const mention of mentions) expect(stdout()).toContain(mention);
  });

  it('runs a command and returns its exit code', async () => {
    const { io, stdout } = memoryIo(process.cwd());
    expect(await runCli(['project', '--scenario', 'bear', '--horizon', '2', '--json'], io)).toBe(0);
    expect(JSON.parse(stdout()).years).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('throws commander’s errors without printing them, for the top-level catch', async () => {
    const { io, stdout, stderr } = memoryIo(process.cwd());
    const error = await failure(runCli(['export', '--bogus'], io));
    expect(error.code).toBe('commander.unknownOption');
    expect(error.message).toContain("'--bogus'");
    expect(stdout() + stderr()).toBe('');
    expect((await failure(runCli(['frobnicate'], io))).code).toBe('commander.unknownCommand');
    expect((await failure(runCli(['project', '--horizon'], io))).code).toBe(
      'commander.optionMissingArgument',
    );
  });
});
