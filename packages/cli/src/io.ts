import type { Writable } from 'node:stream';

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
}

/** The real process streams. */
export const nodeIo = (): Io => ({
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY ? process.stderr : null,
  outIsTerminal: process.stdout.isTTY === true,
});
