import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENDING_SIGNALS, signalExitCode } from '../src/watch-streams.js';
import { ensureBinary } from './support/binary.js';
import { runInPty, waitUntil } from './support/pty.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';
import { mountTmpfs } from './support/tmpfs.js';

const WRAP_OFF = '\u001b[?7l';
const WRAP_ON = '\u001b[?7h';
const CURSOR_HIDDEN = '\u001b[?25l';
const CURSOR_SHOWN = '\u001b[?25h';

/** The terminal as the run left it: each mode the run changed was put back after its last change. */
function expectModesRestored(output: string): void {
  expect(output, 'no progress bar was drawn: nothing was exercised').toContain(WRAP_OFF);
  expect(output).toContain(CURSOR_HIDDEN);
  expect(output.lastIndexOf(WRAP_ON), 'line wrap left off').toBeGreaterThan(output.lastIndexOf(WRAP_OFF));
  expect(output.lastIndexOf(CURSOR_SHOWN), 'cursor left hidden').toBeGreaterThan(
    output.lastIndexOf(CURSOR_HIDDEN),
  );
}

/** Files an export leaves only while it runs: temporary renders, and backups of files it replaces. */
function leftovers(dir: string): readonly string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.old'));
  } catch {
    return [];
  }
}

/** Sends a signal the way a user would: Ctrl-C typed on the terminal for SIGINT, kill(1) for the others. */
async function interrupt(run: ReturnType<typeof runInPty>, signal: (typeof ENDING_SIGNALS)[number]) {
  if (signal === 'SIGINT') run.type('\u0003');
  else process.kill(await run.pid(), signal);
}

describe('the terminal and the output directory after every ending, under a pseudo-terminal', () => {
  beforeAll(ensureBinary);

  it.each(ENDING_SIGNALS)(
    'simulate interrupted by %s: exit 128 + signal, line wrap and cursor restored',
    async (signal) => {
      const dir = await tempDir();
      const run = runInPty(['simulate', '--paths', '5000000', '--workers', '1'], dir);
      await run.pid();
      await waitUntil(() => run.output().includes('paths'), 'the progress bar');
      await interrupt(run, signal);
      expect(await run.exited).toBe(signalExitCode(signal));
      expectModesRestored(run.output());
    },
  );

  it.each(ENDING_SIGNALS)(
    'export interrupted by %s with a file staged: exit 128 + signal, no temporary file, no new directory, terminal restored',
    async (signal) => {
      const dir = await tempDir();
      const before = await snapshotDir(dir);
      const out = join(dir, 'out');
      const run = runInPty(
        [
          'export',
          '--scenario',
          'bear',
          '--scenario',
          'base',
          '--scenario',
          'bull',
          '--horizon',
          '15',
          '--out',
          'out',
        ],
        dir,
      );
      const pid = await run.pid();
      // Mid-run: the first workbook is written to its temporary file, the others are still rendering.
      await waitUntil(() => leftovers(out).some((name) => name.endsWith('.tmp')), 'a staged temporary file');
      await interrupt(run, signal);
      expect(await run.exited).toBe(signalExitCode(signal));
      expect(leftovers(out)).toEqual([]);
      const after = await snapshotDir(dir);
      // Only the pid file the pseudo-terminal's shell wrote: the export left nothing, not even its directory.
      expect(Object.keys(after ?? {}).filter((name) => !name.startsWith('.pty-'))).toEqual(
        Object.keys(before ?? {}),
      );
      expectModesRestored(run.output());
      expect(pid).toBeGreaterThan(0);
    },
  );

  it('simulate run to its end restores the terminal, exit 0', async () => {
    const dir = await tempDir();
    const run = runInPty(['simulate', '--paths', '20000', '--workers', '1', '--horizon', '3'], dir);
    expect(await run.exited).toBe(0);
    expectModesRestored(run.output());
    expect(run.output()).toContain('Cumulative probabilities');
  });

  it('export failing mid-run on a full disk: one line, exit 2, no temporary file, terminal restored', async () => {
    const dir = await tempDir();
    const out = join(dir, 'full');
    await mountTmpfs(out, 'size=64k');
    const run = runInPty(
      ['export', '--scenario', 'bear', '--scenario', 'base', '--horizon', '15', '--out', 'full'],
      dir,
    );
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(
      /aifin: cannot write "full\/aifin-bear\.xlsx": no space left on the device \(ENOSPC\)/,
    );
    expect(readdirSync(out)).toEqual([]);
    expectModesRestored(run.output());
  });
});
