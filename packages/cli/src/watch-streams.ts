import { userErrors } from '@aifin/core/errors';
import { runCleanup } from './process-cleanup.js';

const codeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';

/** Exit codes a shell expects after a signal: 128 + its number. */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Makes the process end cleanly whatever happens to its streams or to it:
 * - stdout closed by the reader (`aifin project | head -1`): stop quietly with exit code 0, as `cat` does;
 * - stdout failing otherwise (`> /dev/full`): one line on stderr, exit code 2;
 * - stderr failing: nowhere left to report, so stay quiet rather than crash;
 * - SIGINT, SIGTERM, SIGHUP: remove this process's temporary files, show the cursor again, exit 128 + signal.
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
  for (const [signal, exitCode] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      runCleanup();
      process.exit(exitCode);
    });
  }
};
