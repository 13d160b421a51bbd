import { launchPaneBrowser, openPane, type PaneBrowser } from '../test/e2e/pane-browser.js';

/** Median, minimum and maximum of some timings, in milliseconds. */
export interface Spread {
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** First-render times of the pane: cold (fresh browser and profile) and warm (new page, caches filled). */
export interface FirstRenderTimes {
  readonly cold: Spread;
  readonly warm: Spread;
  readonly browserVersion: string;
  /** Local .js files the first cold page fetched before it first rendered, by name. */
  readonly fetchedBeforeFirstRender: readonly string[];
}

const spread = (samples: number[]): Spread => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { samples, median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
};

/** Opens one pane in a new page, reads its first-render mark (ms after navigation start) and closes the page. */
const loadOnce = async (
  browser: PaneBrowser,
  origin: string,
  fakeScript: string,
): Promise<{ ms: number; fetched: string[] }> => {
  const { page, errors, foreignRequests } = await openPane(browser.context, origin, fakeScript);
  try {
    const { ms, fetched } = await page.evaluate((prefix) => {
      const mark = window.__aifinFirstRender;
      const names = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(prefix) && entry.name.endsWith('.js'))
        .filter((entry) => mark === undefined || entry.startTime <= mark)
        .map((entry) => entry.name.slice(prefix.length));
      return { ms: mark, fetched: names };
    }, `${origin}/assets/`);
    if (typeof ms !== 'number' || !(ms > 0)) throw new Error(`the pane set no first-render mark (got ${ms})`);
    if (errors.length > 0) throw new Error(`the pane reported errors: ${errors.join(' | ')}`);
    if (foreignRequests.length > 0) throw new Error(`the pane requested ${foreignRequests.join(', ')}`);
    return { ms, fetched };
  } finally {
    await page.close();
  }
};

/**
 * Loads the pane served at `origin` `cold` times, each the first page of a freshly launched headless Chromium with
 * a new profile, then `warm` more times, each a new page of the last browser (HTTP and code caches filled).
 * @example const times = await timeFirstRenders(server.origin, fakeScript, { cold: 3, warm: 10 });
 */
export const timeFirstRenders = async (
  origin: string,
  fakeScript: string,
  runs: { readonly cold: number; readonly warm: number },
): Promise<FirstRenderTimes> => {
  if (runs.cold < 1 || runs.warm < 1) throw new Error('need at least one cold and one warm load');
  const cold: number[] = [];
  const warm: number[] = [];
  let fetchedBeforeFirstRender: string[] = [];
  let browserVersion = 'unknown';
  for (let i = 0; i < runs.cold; i++) {
    const browser = await launchPaneBrowser();
    try {
      browserVersion = browser.context.browser()?.version() ?? browserVersion;
      const first = await loadOnce(browser, origin, fakeScript);
      cold.push(first.ms);
      if (i === 0) fetchedBeforeFirstRender = first.fetched.sort();
      if (i === runs.cold - 1)
        for (let j = 0; j < runs.warm; j++) warm.push((await loadOnce(browser, origin, fakeScript)).ms);
    } finally {
      await browser.close();
    }
  }
  return { cold: spread(cold), warm: spread(warm), browserVersion, fetchedBeforeFirstRender };
};
