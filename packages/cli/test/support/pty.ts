import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BINARY } from './binary.js';

/** A run of the built binary on a pseudo-terminal, watched from the test. */
export interface PtyRun {
  /** Everything the terminal received so far (stdout and stderr together, as a terminal shows them). */
  readonly output: () => string;
  /** The binary's process id (not script's), once it has started. */
  readonly pid: () => Promise<number>;
  /** Types on the terminal's keyboard: "\u0003" is Ctrl-C, which the terminal turns into SIGINT. */
  readonly type: (keys: string) => void;
  /** The exit code the binary ended with (script -e passes it on), or null when script was killed. */
  readonly exited: Promise<number | null>;
}

/** One argument as a POSIX shell reads it back. */
function shellQuote(arg: string): string {
  return `'${arg.replaceAll("'", "'\\''")}'`;
}

/** Resolves once `check` holds, polling; rejects after `timeoutMs` with `what` in the message. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

/**
 * Runs `aifin args…` in `cwd` under `script -qfec` (util-linux), so its stdout and stderr are a terminal of
 * `columns` columns: progress bars draw and change terminal modes as they do for a user. The shell writes its pid
 * to a file and then execs node, so that pid is the binary's and a signal sent to it reaches the binary alone.
 * @example const run = runInPty(['simulate'], dir); await run.pid(); run.type('\u0003'); await run.exited // 130
 */
export function runInPty(args: readonly string[], cwd: string, columns = 100): PtyRun {
  const pidFile = join(cwd, `.pty-${process.hrtime.bigint()}.pid`);
  const command = [
    `stty cols ${columns} rows 40`,
    `echo $$ > ${shellQuote(pidFile)}`,
    `exec ${shellQuote(process.execPath)} ${shellQuote(BINARY)} ${args.map(shellQuote).join(' ')}`,
  ].join('; ');
  const env: NodeJS.ProcessEnv = { ...process.env, SHELL: '/bin/bash', TERM: 'xterm-256color' };
  delete env.AIFIN_DEBUG;
  delete env.NO_COLOR;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  // Decoded by the streams, which keep a character split across two chunks whole.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void exited.then(() => clearTimeout(timer));
  return {
    output: () => output,
    pid: async () => {
      let text = '';
      await waitUntil(() => {
        text = existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : '';
        return text !== '';
      }, 'the binary to start');
      return Number(text);
    },
    type: (keys) => {
      child.stdin.write(keys);
    },
    exited,
  };
}
