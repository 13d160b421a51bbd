import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/program.js';
import { ensureBinary, runBinary } from './support/binary.js';
import { memoryIo } from './support/memory-io.js';
import { expectOneLineFailure } from './support/one-line.js';
import { tempDir } from './support/temp-dir.js';

/** The command table as commander holds it, read independently of the generator: every command and its flags. */
function commandTable(): readonly { name: string; flags: readonly string[]; choices: readonly string[] }[] {
  return buildProgram(memoryIo('/').io, () => {}).commands.map((command) => ({
    name: command.name(),
    flags: command.options.flatMap((option) => (option.long === undefined ? [] : [option.long])),
    choices: command.registeredArguments.flatMap((argument) => argument.argChoices ?? []),
  }));
}

/** Asks the bash script for completions of a command line ending in `words` (the last one being completed). */
function bashComplete(script: string, words: readonly string[], cwd: string): readonly string[] {
  const line = [
    script,
    // compopt works only inside a real completion; the options it sets are the shell's display business.
    'compopt() { :; }',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's own ${…}, not a template.
    'COMP_CWORD=$((${#COMP_WORDS[@]} - 1))',
    '_aifin',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's own ${…}, not a template.
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const result = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((word) => word !== '');
}

describe('aifin completion bash|zsh|fish, generated from the command table', () => {
  beforeAll(ensureBinary);

  it.each(['bash', 'zsh', 'fish'])(
    '%s: names every command and every flag of every command',
    async (shell) => {
      const result = runBinary(['completion', shell], await tempDir());
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const table = commandTable();
      expect(table.map((c) => c.name)).toContain('completion');
      for (const command of table) {
        expect(result.stdout, command.name).toMatch(new RegExp(`\\b${command.name}\\b`));
        for (const flag of command.flags) {
          // fish names long flags without their dashes (-l json).
          const shown = shell === 'fish' ? `-l ${flag.slice(2)}` : flag;
          expect(result.stdout, `${command.name} ${flag}`).toContain(shown);
        }
        for (const choice of command.choices) expect(result.stdout).toContain(choice);
      }
    },
  );

  it('bash -n accepts the bash script', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'aifin.bash'), runBinary(['completion', 'bash'], dir).stdout);
    const check = spawnSync('bash', ['-n', join(dir, 'aifin.bash')], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('the bash script completes commands, flags, their choices and files', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'fast.yaml'), 'name: fast\n');
    const script = runBinary(['completion', 'bash'], dir).stdout;
    expect(bashComplete(script, ['aifin', 'sim'], dir)).toEqual(['simulate']);
    expect(bashComplete(script, ['aifin', 'simulate', '--dis'], dir)).toEqual(['--distribution']);
    expect(bashComplete(script, ['aifin', 'simulate', '--distribution', ''], dir)).toEqual([
      'pert',
      'triangular',
    ]);
    expect(bashComplete(script, ['aifin', 'export', '--format', ''], dir)).toEqual(['xlsx', 'csv', 'json']);
    expect(bashComplete(script, ['aifin', 'project', '--scenario', ''], dir)).toEqual([
      'bear',
      'base',
      'bull',
      'plan',
      'fast.yaml',
    ]);
    expect(bashComplete(script, ['aifin', 'validate', 'fa'], dir)).toEqual(['fast.yaml']);
    expect(bashComplete(script, ['aifin', 'completion', ''], dir)).toEqual(['bash', 'zsh', 'fish']);
    expect(bashComplete(script, ['aifin', 'export', '--w'], dir)).toEqual(['--wide']);
  });

  it('refuses another shell with one line', async () => {
    expectOneLineFailure(
      runBinary(['completion', 'ksh'], await tempDir()),
      /^command-argument value 'ksh' is invalid for argument 'shell'\. Allowed choices are bash, zsh, fish\.$/,
    );
  });
});
