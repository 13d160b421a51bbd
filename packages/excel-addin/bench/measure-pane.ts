import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPane, bundleFakeOffice } from '../test/e2e/build-pane.js';
import { serveStatic } from '../test/e2e/static-server.js';
import { type FirstRenderTimes, timeFirstRenders } from './pane-first-render.js';
import { type LiveRiskTimes, timeLiveRisk } from './pane-live-risk.js';
import { measurePaneJs, type PaneJsSize } from './pane-size.js';

/** The task pane's shipped JavaScript and how fast it first renders in headless Chromium. */
export interface PaneMeasure {
  readonly size: PaneJsSize;
  readonly firstRender: FirstRenderTimes;
  /** How fast the live bands follow quick what-if changes, and the UI thread's long tasks meanwhile. */
  readonly liveRisk: LiveRiskTimes;
  /** `os.loadavg()` (1, 5 and 15 minutes) before and after the browser runs: timings on a busy machine mislead. */
  readonly loadAverage: { readonly before: readonly number[]; readonly after: readonly number[] };
}

/**
 * Builds the pane as the end-to-end test does (production, into a temporary directory), sizes its JavaScript, serves
 * it on an ephemeral localhost port with the Office fake in place of Office.js, times its first render, then how fast
 * its live risk bands follow `live` bursts of what-if changes.
 * @example const { size, firstRender, liveRisk } = await measurePane({ cold: 3, warm: 10, live: 20 });
 */
export const measurePane = async (runs: {
  readonly cold: number;
  readonly warm: number;
  readonly live: number;
}): Promise<PaneMeasure> => {
  const work = await mkdtemp(join(tmpdir(), 'aifin-bench-pane-'));
  try {
    const dist = join(work, 'dist');
    await buildPane(dist);
    const size = await measurePaneJs(dist);
    const fakeScript = await bundleFakeOffice();
    const server = await serveStatic(dist);
    try {
      const before = loadavg();
      const firstRender = await timeFirstRenders(server.origin, fakeScript, runs);
      const liveRisk = await timeLiveRisk(server.origin, fakeScript, runs.live);
      return { size, firstRender, liveRisk, loadAverage: { before, after: loadavg() } };
    } finally {
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};
