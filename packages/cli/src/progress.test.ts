import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../test/support/memory-io.js';
import { runCleanup } from './process-cleanup.js';
import { startProgress } from './progress.js';

/** A stream that says it is a terminal and keeps what was drawn on it. */
const fakeTerminal = () => {
  let drawn = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      drawn += String(chunk);
      done();
    },
  });
  Object.assign(stream, {
    isTTY: true,
    columns: 80,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream, drawn: () => drawn };
};

const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';

describe('startProgress', () => {
  it('is quiet for one scenario or when stderr is not a terminal', async () => {
    const terminal = fakeTerminal();
    (await startProgress(memoryIo('/', terminal.stream).io, 1)).stop();
    (await startProgress(memoryIo('/').io, 5)).stop();
    expect(terminal.drawn()).toBe('');
  });

  it('shows the cursor again when the run is interrupted (the cleanup a signal runs)', async () => {
    const terminal = fakeTerminal();
    const progress = await startProgress(memoryIo('/', terminal.stream).io, 5);
    progress.step('bear');
    expect(terminal.drawn()).toContain(HIDE_CURSOR);
    runCleanup();
    expect(terminal.drawn().endsWith(SHOW_CURSOR)).toBe(true);
    progress.stop();
  });

  it('shows the cursor when stopped normally, and stopping twice is harmless', async () => {
    const terminal = fakeTerminal();
    const progress = await startProgress(memoryIo('/', terminal.stream).io, 3);
    progress.stop();
    progress.stop();
    expect(terminal.drawn()).toContain(SHOW_CURSOR);
    const after = terminal.drawn();
    runCleanup();
    expect(terminal.drawn()).toBe(after);
  });
});
