import type { Io } from './io.js';
import { guardTerminalModes } from './terminal-modes.js';

/** Reports a batch's progress, one step per scenario. */
export interface Progress {
  readonly step: (scenario: string) => void;
  readonly stop: () => void;
}

const QUIET: Progress = { step: () => {}, stop: () => {} };

/**
 * A progress bar on stderr for a batch of several scenarios, only when stderr is a terminal; quiet otherwise, so
 * pipes, logs and CI stay clean. cli-progress loads only when a bar is drawn.
 * @example const progress = await startProgress(io, 12); progress.step('bull'); progress.stop();
 */
export const startProgress = async (io: Io, total: number): Promise<Progress> => {
  if (io.progress === null || total < 2) return QUIET;
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    stream: io.progress,
    format: 'exporting [{bar}] {value}/{total} {scenario}',
    clearOnComplete: true,
    hideCursor: true,
  });
  // The bar hides the cursor and turns line wrap off; an interrupted or failing run must restore both.
  const forget = guardTerminalModes(io.progress);
  bar.start(total, 0, { scenario: '' });
  let running = true;
  return {
    step: (scenario) => bar.increment(1, { scenario }),
    stop: () => {
      if (!running) return;
      running = false;
      bar.stop();
      forget();
    },
  };
};
