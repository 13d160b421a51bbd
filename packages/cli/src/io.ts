import type { Writable } from 'node:stream';
import { userErrors } from '@aifin/core/errors';
import { screenWidth } from './screen-width.js';
import { terminalSafe } from './terminal-safe.js';

/**
 * Where a command reads its working directory and writes its output. Commands take it as a parameter so that
 * tests run them in-process and read what they printed.
 * @example await runFacts({ json: true }, nodeIo())
 */
export interface Io {
  /** Resolves relative paths the user typed. */
  readonly cwd: string;
  /** Machine- or human-readable results. */
  readonly out: (text: string) => void;
  /** Diagnostics: errors and progress. */
  readonly err: (text: string) => void;
  /** A terminal to draw a progress bar on, or null to stay quiet (stderr is a file, a pipe or a test). */
  readonly progress: Writable | null;
  /** True when stdout is a terminal: tables may carry pictures (sparklines, bands) a pipe would not want. */
  readonly outIsTerminal?: boolean;
  /** The width tables fit (see screen-width.ts); without it, tables are drawn at full width. */
  readonly width?: number;
}

const codeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'ENOENT';

/**
 * The real process streams. Everything printed passes through `terminalSafe` (the last guard: commands escape
 * user text themselves too). The working directory is read when a command first needs it, so a directory removed
 * under the user's shell becomes one line (and `--version`, `facts` still work) instead of a uv_cwd stack trace.
 */
export const nodeIo = (): Io => {
  let cwd: string | undefined;
  return {
    get cwd(): string {
      if (cwd === undefined) {
        try {
          cwd = process.cwd();
        } catch (error) {
          throw userErrors.cwdGone(codeOf(error));
        }
      }
      return cwd;
    },
    out: (text) => {
      process.stdout.write(terminalSafe(text));
    },
    err: (text) => {
      process.stderr.write(terminalSafe(text));
    },
    progress: process.stderr.isTTY ? process.stderr : null,
    outIsTerminal: process.stdout.isTTY === true,
    width: screenWidth(process.stdout, process.env),
  };
};
