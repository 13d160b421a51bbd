import type { Writable } from 'node:stream';
import { onCleanup } from './process-cleanup.js';

/**
 * The terminal modes a progress bar changes, put back: line wrap on (`ESC[?7h`; cli-progress turns it off so the bar
 * never wraps) and the cursor shown (`ESC[?25h`). Both are idempotent, so writing them after a bar that already
 * restored them changes nothing.
 */
export const RESTORE_TERMINAL_MODES = '\u001b[?7h\u001b[?25h';

/**
 * Registers the restoration of `stream`'s terminal modes for any early end (an error, a signal, an exit), before a
 * bar changes them; call the returned function once the bar has put them back itself. The write is synchronous on
 * a terminal (Node writes TTYs synchronously on Linux and macOS), so it lands even from a signal handler that exits
 * right after. Without this, Ctrl-C during `simulate` left every later command clipped until `reset`.
 * @example const forget = guardTerminalModes(process.stderr); bar.start(…); …; bar.stop(); forget();
 */
export function guardTerminalModes(stream: Writable): () => void {
  return onCleanup(() => {
    stream.write(RESTORE_TERMINAL_MODES);
  });
}
