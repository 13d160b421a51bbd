import { AifinError, escapeForTerminal } from '@aifin/core/errors';
import { CommanderError } from 'commander';
import { oneLine } from './one-line.js';

/** What the top-level catch prints and exits with. */
export interface Failure {
  /** 0 after help or the version was shown, 2 for usage or input mistakes, 1 for internal errors. */
  readonly exitCode: 0 | 1 | 2;
  /** Lines for stderr, without newlines; a user mistake is always exactly one. */
  readonly lines: readonly string[];
}

/** Commander codes for output it has already printed (help, version): nothing more to say. */
const ALREADY_SHOWN = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

/**
 * Turns anything thrown by a command into an exit code and the lines to print. User mistakes (an `AifinError`
 * from core's `userErrors`, commander's parse errors) exit 2 with one line; anything else is a bug and exits 1
 * with a short message, plus the stack when `debug` is on.
 * @example describeFailure(userErrors.horizon('0'), false) // { exitCode: 2, lines: ['aifin: horizon = "0": …'] }
 */
export const describeFailure = (error: unknown, debug: boolean): Failure => {
  if (error instanceof CommanderError) {
    // Bare `aifin` shows the help on stderr with a non-zero code: a usage mistake like any other.
    if (ALREADY_SHOWN.has(error.code)) return { exitCode: error.exitCode === 0 ? 0 : 2, lines: [] };
    return {
      exitCode: 2,
      lines: [`aifin: ${escapeForTerminal(oneLine(error.message.replace(/^error:\s*/, '')))}`],
    };
  }
  if (error instanceof AifinError) {
    return { exitCode: 2, lines: [`aifin: ${escapeForTerminal(oneLine(error.message))}`] };
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [
    `aifin: internal error: ${escapeForTerminal(oneLine(message))} (set AIFIN_DEBUG=1 for details)`,
  ];
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  return { exitCode: 1, lines };
};
