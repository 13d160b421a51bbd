import { userErrors } from '@aifin/core';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { describeFailure } from './describe-failure.js';

describe('describeFailure', () => {
  it('reports user mistakes as one line with exit code 2', () => {
    expect(describeFailure(userErrors.horizon('0'), false)).toEqual({
      exitCode: 2,
      lines: ['aifin: horizon = "0": must be a whole number of years from 1 to 15'],
    });
    expect(describeFailure(userErrors.outputExists('out/a.csv'), true).lines).toEqual([
      'aifin: output file "out/a.csv" already exists: pass --force to overwrite it',
    ]);
  });

  it('folds commander’s parse errors and suggestions into one line with exit code 2', () => {
    const error = new CommanderError(
      1,
      'commander.unknownOption',
      "error: unknown option '--forc'\n(Did you mean --force?)",
    );
    expect(describeFailure(error, false)).toEqual({
      exitCode: 2,
      lines: ["aifin: unknown option '--forc' (Did you mean --force?)"],
    });
  });

  it('adds nothing after help or the version, which commander has printed', () => {
    expect(describeFailure(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), false)).toEqual({
      exitCode: 0,
      lines: [],
    });
    expect(describeFailure(new CommanderError(1, 'commander.help', '(outputHelp)'), false).exitCode).toBe(2);
  });

  it('reports anything else as an internal error with exit code 1, the stack only when debugging', () => {
    const bug = new TypeError('x is undefined');
    const quiet = describeFailure(bug, false);
    expect(quiet.exitCode).toBe(1);
    expect(quiet.lines).toEqual(['aifin: internal error: x is undefined (set AIFIN_DEBUG=1 for details)']);
    const loud = describeFailure(bug, true);
    expect(loud.lines).toHaveLength(2);
    expect(loud.lines[1]).toContain('TypeError: x is undefined');
  });
});
