import { constants } from 'node:os';
import { userErrors } from '@aifin/core/errors';
import { runCleanup } from './process-cleanup.js';

const codeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';

/**
 * Every signal whose default action ends the process and that a user, a terminal or a supervisor sends: Ctrl-C,
 * kill, a closed terminal, Ctrl-\\, the two user signals (a log rotator's), an alarm (`timeout -s ALRM`). Each would
 * otherwise end the process with its temporary files left and the terminal's modes changed. (SIGKILL and SIGSTOP
 * cannot be caught; SIGPIPE Node ignores, and a closed stdout is handled below.)
 */
export const ENDING_SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGALRM',
] as const satisfies readonly NodeJS.Signals[];

/** The exit code a shell expects after a signal: 128 + its number (130 for SIGINT). */
export function signalExitCode(signal: (typeof ENDING_SIGNALS)[number]): number {
  return 128 + constants.signals[signal];
}

/**
 * Makes the process end cleanly whatever happens to its streams or to it:
 * - stdout closed by the reader (`aifin project | head -1`): stop quietly with exit code 0, as `cat` does;
 * - stdout failing otherwise (`> /dev/full`): one line on stderr, exit code 2;
 * - stderr failing: nowhere left to report, so stay quiet rather than crash;
 * - every signal in `ENDING_SIGNALS`: remove this process's temporary files, restore the terminal's modes, exit
 *   128 + signal.
 * Cleanup tasks (see process-cleanup.ts) also run on every exit.
 */
export const watchStreams = (): void => {
  process.on('exit', runCleanup);
  process.stdout.on('error', (error) => {
    const code = codeOf(error);
    if (code === 'EPIPE') process.exit(0);
    try {
      process.stderr.write(`aifin: ${userErrors.stdoutFailed(code).message}\n`);
    } finally {
      process.exit(2);
    }
  });
  process.stderr.on('error', () => {});
  for (const signal of ENDING_SIGNALS) {
    // A listener also keeps Node from starting its inspector on SIGUSR1: a signal ends the command like the others.
    process.once(signal, () => {
      runCleanup();
      process.exit(signalExitCode(signal));
    });
  }
};
