import { driveLiveRisk } from '../test/e2e/live-risk-drive.js';
import { launchPaneBrowser, openPane } from '../test/e2e/pane-browser.js';

/** How fast the live bands follow the what-if inputs in headless Chromium, and what it cost the UI thread. */
export interface LiveRiskTimes {
  /** Milliseconds from the last change of each burst to its bands in the DOM. */
  readonly samples: readonly number[];
  readonly median: number;
  readonly p95: number;
  /** Moves per burst (a quick drag), and the gap between them. */
  readonly movesPerBurst: number;
  readonly gapMs: number;
  /** From the pane's first render to its first live bands: a fresh worker's start-up and first (cold) run. */
  readonly firstBandsMs: number;
  /** Durations of every long task (> 50 ms) the UI thread ran during the bursts. */
  readonly longTasks: readonly number[];
}

/** Nearest-rank percentile of some timings. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const MOVES = 3;
const GAP_MS = 15;

/**
 * Opens the pane served at `origin`, waits for its first live bands, then times `changes` bursts of quick moves of
 * the growth-fade slider (each ending on a value other than the burst before), from each burst's last move.
 * @example const times = await timeLiveRisk(server.origin, fakeScript, 20);
 */
export async function timeLiveRisk(
  origin: string,
  fakeScript: string,
  changes: number,
): Promise<LiveRiskTimes> {
  const browser = await launchPaneBrowser();
  try {
    const { page, errors } = await openPane(browser.context, origin, fakeScript);
    await page.getByTestId('live-bands-cash.end').waitFor({ state: 'attached', timeout: 60_000 });
    const firstBandsMs = await page.evaluate(() => performance.now() - (window.__aifinFirstRender ?? 0));
    const samples: number[] = [];
    const longTasks: number[] = [];
    for (let i = 0; i < changes; i++) {
      // Base's range for the input is 0.10–0.30; the last value steps through it, never repeating the one before.
      const last = 0.1 + ((i * 7) % 20) * 0.01 + 0.005;
      const burst = await driveLiveRisk(
        page,
        'growthFade',
        [0.3 - last + 0.1, 0.2, last].slice(-MOVES),
        GAP_MS,
      );
      samples.push(burst.ms);
      longTasks.push(...burst.longTasks);
    }
    if (errors.length > 0) throw new Error(`the pane reported errors: ${errors.join(' | ')}`);
    return {
      samples,
      median: percentile(samples, 0.5),
      p95: percentile(samples, 0.95),
      movesPerBurst: MOVES,
      gapMs: GAP_MS,
      firstBandsMs,
      longTasks,
    };
  } finally {
    await browser.close();
  }
}
