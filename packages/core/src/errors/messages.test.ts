import { describe, expect, it } from 'vitest';
import type { AifinError, AifinErrorCode } from './aifin-error.js';
import { userErrors } from './messages.js';

/** One message, the code it must carry, and the field and value it must name. */
interface Case {
  readonly error: AifinError;
  readonly code: AifinErrorCode;
  readonly field: string;
  readonly value: string;
}

/** A value as hostile as a user can type: a newline and a terminal escape. */
const NASTY = 'bad\nname\u001b[2J';
const NASTY_SHOWN = '"bad\\nname\\u001b[2J"';

const CASES: Readonly<Record<keyof typeof userErrors, Case>> = {
  unknownScenario: {
    error: userErrors.unknownScenario(NASTY, ['base', 'bull']),
    code: 'SCENARIO_UNKNOWN',
    field: 'unknown scenario',
    value: NASTY_SHOWN,
  },
  syntax: {
    error: userErrors.syntax('a.yaml', 'bad indentation'),
    code: 'SCENARIO_SYNTAX',
    field: 'a.yaml',
    value: 'bad indentation',
  },
  invalidField: {
    error: userErrors.invalidField('a.yaml', 'inputs.growthFade', NASTY, 'must be a number'),
    code: 'SCENARIO_INVALID',
    field: 'inputs.growthFade',
    value: NASTY_SHOWN,
  },
  duplicateScenario: {
    error: userErrors.duplicateScenario(NASTY, ['a.yaml', 'b.json']),
    code: 'SCENARIO_DUPLICATE',
    field: 'scenario name',
    value: NASTY_SHOWN,
  },
  tooLarge: {
    error: userErrors.tooLarge('a.yaml', 2_000_000, 1_000_000),
    code: 'FILE_TOO_LARGE',
    field: 'a.yaml',
    value: '2000000 bytes',
  },
  invalidScenario: {
    error: userErrors.invalidScenario(NASTY, 'inputs.growthFade', Number.NaN, 'must be a finite number'),
    code: 'SCENARIO_INVALID',
    field: 'inputs.growthFade',
    value: NASTY_SHOWN,
  },
  outputWriteFailed: {
    error: userErrors.outputWriteFailed(NASTY, 'ENOSPC'),
    code: 'OUTPUT_INVALID',
    field: 'no space left on the device (ENOSPC)',
    value: NASTY_SHOWN,
  },
  stdoutFailed: {
    error: userErrors.stdoutFailed('ENOSPC'),
    code: 'OUTPUT_INVALID',
    field: 'standard output',
    value: 'ENOSPC',
  },
  cwdGone: {
    error: userErrors.cwdGone('ENOENT'),
    code: 'CWD_INVALID',
    field: 'current directory',
    value: 'ENOENT',
  },
  flagRepeated: {
    error: userErrors.flagRepeated('horizon', ['20', NASTY]),
    code: 'USAGE',
    field: '--horizon',
    value: NASTY_SHOWN,
  },
  horizon: {
    error: userErrors.horizon(NASTY),
    code: 'HORIZON_INVALID',
    field: 'horizon',
    value: NASTY_SHOWN,
  },
  factsSyntax: {
    error: userErrors.factsSyntax('f.yaml', 'bad indentation'),
    code: 'FACTS_SYNTAX',
    field: 'f.yaml',
    value: 'bad indentation',
  },
  factsInvalid: {
    error: userErrors.factsInvalid('f.yaml', 'facts[0].metric', NASTY, 'must be one of arr'),
    code: 'FACTS_INVALID',
    field: 'facts[0].metric',
    value: NASTY_SHOWN,
  },
  factsTooLarge: {
    error: userErrors.factsTooLarge('f.yaml', 2_000_000, 1_000_000),
    code: 'FILE_TOO_LARGE',
    field: 'f.yaml',
    value: '2000000 bytes',
  },
  factsNonFinite: {
    error: userErrors.factsNonFinite(
      [{ id: 'F10', value: 0, origin: NASTY }],
      'mix.api in 2026',
      Number.NaN,
      'base',
    ),
    code: 'FACTS_INVALID',
    field: 'F10 = 0',
    value: 'bad\\u000aname\\u001b[2J',
  },
  asOf: {
    error: userErrors.asOf(NASTY, '2026-02-20'),
    code: 'AS_OF_INVALID',
    field: 'as-of',
    value: NASTY_SHOWN,
  },
  factsFileMissing: {
    error: userErrors.factsFileMissing(NASTY),
    code: 'FACTS_FILE_UNREADABLE',
    field: 'facts file',
    value: NASTY_SHOWN,
  },
  factsFileNotFile: {
    error: userErrors.factsFileNotFile(NASTY),
    code: 'FACTS_FILE_UNREADABLE',
    field: 'facts file',
    value: NASTY_SHOWN,
  },
  factsFileUnreadable: {
    error: userErrors.factsFileUnreadable(NASTY, 'EACCES'),
    code: 'FACTS_FILE_UNREADABLE',
    field: 'facts file',
    value: NASTY_SHOWN,
  },
  format: {
    error: userErrors.format(NASTY, ['csv']),
    code: 'FORMAT_UNKNOWN',
    field: 'format',
    value: NASTY_SHOWN,
  },
  scenarioFileMissing: {
    error: userErrors.scenarioFileMissing(NASTY),
    code: 'SCENARIO_FILE_UNREADABLE',
    field: 'scenario file',
    value: NASTY_SHOWN,
  },
  scenarioFileNotFile: {
    error: userErrors.scenarioFileNotFile(NASTY),
    code: 'SCENARIO_FILE_UNREADABLE',
    field: 'scenario file',
    value: NASTY_SHOWN,
  },
  scenarioFileUnreadable: {
    error: userErrors.scenarioFileUnreadable(NASTY, 'EACCES'),
    code: 'SCENARIO_FILE_UNREADABLE',
    field: 'scenario file',
    value: NASTY_SHOWN,
  },
  scenariosDirMissing: {
    error: userErrors.scenariosDirMissing(NASTY),
    code: 'SCENARIOS_DIR_INVALID',
    field: 'scenarios-dir',
    value: NASTY_SHOWN,
  },
  scenariosDirNotDir: {
    error: userErrors.scenariosDirNotDir(NASTY),
    code: 'SCENARIOS_DIR_INVALID',
    field: 'scenarios-dir',
    value: NASTY_SHOWN,
  },
  scenariosDirUnreadable: {
    error: userErrors.scenariosDirUnreadable(NASTY, 'EACCES'),
    code: 'SCENARIOS_DIR_INVALID',
    field: 'scenarios-dir',
    value: NASTY_SHOWN,
  },
  scenariosDirEmpty: {
    error: userErrors.scenariosDirEmpty(NASTY),
    code: 'SCENARIOS_DIR_INVALID',
    field: 'scenarios-dir',
    value: NASTY_SHOWN,
  },
  outputExists: {
    error: userErrors.outputExists(NASTY),
    code: 'OUTPUT_EXISTS',
    field: 'output file',
    value: NASTY_SHOWN,
  },
  outputNotFile: {
    error: userErrors.outputNotFile(NASTY),
    code: 'OUTPUT_INVALID',
    field: 'output',
    value: NASTY_SHOWN,
  },
  outDirNotDir: {
    error: userErrors.outDirNotDir(NASTY),
    code: 'OUTPUT_INVALID',
    field: 'out',
    value: NASTY_SHOWN,
  },
  flagWithoutEffect: {
    error: userErrors.flagWithoutEffect('--simulate', NASTY, 'without xlsx in --format'),
    code: 'USAGE',
    field: '--simulate',
    value: NASTY_SHOWN,
  },
  stdinTwice: {
    error: userErrors.stdinTwice('--facts', '--scenario'),
    code: 'USAGE',
    field: '--facts',
    value: '"-"',
  },
  stdinIsTerminal: {
    error: userErrors.stdinIsTerminal('--scenario'),
    code: 'USAGE',
    field: '--scenario',
    value: '"-"',
  },
  outDirNotWritable: {
    error: userErrors.outDirNotWritable(NASTY, 'EROFS'),
    code: 'OUTPUT_INVALID',
    field: 'out',
    value: NASTY_SHOWN,
  },
};

describe('userErrors', () => {
  it.each(Object.entries(CASES))('%s: has its code, names the field and the value, is one line', (_, c) => {
    expect(c.error.name).toBe('AifinError');
    expect(c.error.code).toBe(c.code);
    expect(c.error.message).toContain(c.field);
    expect(c.error.message).toContain(c.value);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal.
    expect(c.error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('words the file and directory messages as the CLI prints them', () => {
    const messages = [
      userErrors.scenarioFileMissing('missing.yaml'),
      userErrors.scenarioFileNotFile('dir.yaml'),
      userErrors.scenarioFileUnreadable('locked.yaml', 'EACCES'),
      userErrors.scenariosDirMissing('gone'),
      userErrors.scenariosDirNotDir('notes.txt'),
      userErrors.scenariosDirUnreadable('locked', 'EACCES'),
      userErrors.scenariosDirEmpty('empty'),
      userErrors.outputExists('out/aifin-base.xlsx'),
      userErrors.outputNotFile('out/aifin-base.csv'),
      userErrors.outDirNotDir('notes.txt'),
      userErrors.outDirNotWritable('/sys/x', 'EROFS'),
    ].map((error) => error.message);
    expect(messages).toEqual([
      'scenario file "missing.yaml" does not exist',
      'scenario file "dir.yaml" is not a regular file',
      'scenario file "locked.yaml" cannot be read (EACCES)',
      'scenarios-dir = "gone": does not exist',
      'scenarios-dir = "notes.txt": is not a directory',
      'scenarios-dir = "locked": cannot be read (EACCES)',
      'scenarios-dir = "empty": holds no .json, .yaml or .yml file',
      'output file "out/aifin-base.xlsx" already exists: pass --force to overwrite it',
      'output "out/aifin-base.csv" exists and is not a file: choose another --out',
      'out = "notes.txt": is not a directory',
      'out = "/sys/x": cannot create or write there: read-only file system (EROFS)',
    ]);
  });

  it('shows a long path whole up to 120 characters', () => {
    const path = `/home/user/${'projects/'.repeat(10)}aifin-base.xlsx`; // 118 characters with the quotes
    expect(userErrors.outputExists(path).message).toContain(`"${path}"`);
  });
});
