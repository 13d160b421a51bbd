// Task pane size and first render: the pane's JavaScript raw and gzipped (zlib 9), start-up chunks apart from lazily
// loaded ones, against the 200 kB gzipped goal; then the pane's own first-render mark in headless Chromium (Debian's,
// or CHROMIUM_PATH), cold (fresh browser and profile) and warm (new page, caches filled); then the live risk update:
// from the last of a burst of quick what-if changes to its 10,000-path bands, against the 200 ms goal, and any long
// task on the UI thread meanwhile. Builds and serves the pane with the end-to-end test's helpers, bundled with the
// package's own vite first (no extra tools). A missed goal is reported, not an error: only a failure to measure exits
// non-zero.
// Usage: node bench/pane.bench.mjs [--json] [--cold N] [--warm N] [--live N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const GOAL_GZIP_BYTES = 200 * 1024;
const GOAL_LIVE_MS = 200;
const root = fileURLToPath(new URL('..', import.meta.url));

const count = (flag, fallback) => {
  const at = process.argv.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a whole number ≥ 1`);
  return value;
};
const runs = { cold: count('--cold', 3), warm: count('--warm', 10), live: count('--live', 20) };

/**
 * The helpers find their files through import.meta.url (vite.config.ts, the fake's entry) and import vite and
 * playwright-core: keep each module's own URL in the bundle, and load those two packages from this package.
 */
const keepModuleUrls = () => ({
  name: 'aifin-bench-module-urls',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'vite' || id === 'playwright-core' ? { id: import.meta.resolve(id), external: true } : null,
  transform: (code, id) =>
    id.startsWith(root) && !id.includes(`${sep}node_modules${sep}`) && code.includes('import.meta.url')
      ? {
          code: code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id.split('?')[0]).href)),
          map: null,
        }
      : null,
});

// Measure what ships: the helpers' builds would otherwise see NODE_ENV unset.
process.env.NODE_ENV ??= 'production';
const out = mkdtempSync(join(tmpdir(), 'aifin-bench-pane-runner-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [keepModuleUrls()],
    ssr: { noExternal: true },
    build: {
      ssr: fileURLToPath(new URL('./measure-pane.ts', import.meta.url)),
      outDir: out,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'measure-pane.mjs' } },
    },
  });
  const { measurePane } = await import(pathToFileURL(join(out, 'measure-pane.mjs')).href);
  const result = await measurePane(runs);
  const { size, firstRender, liveRisk, loadAverage } = result;
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify({ goalGzipBytes: GOAL_GZIP_BYTES, goalLiveMs: GOAL_LIVE_MS, runs, ...result }, null, 2),
    );
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    const ms = (n) => n.toFixed(0);
    const total = {
      files: [...size.startup.files, ...size.lazy.files],
      rawBytes: size.startup.rawBytes + size.lazy.rawBytes,
      gzipBytes: size.startup.gzipBytes + size.lazy.gzipBytes,
    };
    console.log(`excel-addin task pane: JavaScript (goal ≤ ${kb(GOAL_GZIP_BYTES)} gzipped, zlib level 9)`);
    console.log(['chunks', 'files', 'raw', 'gzip', 'of goal'].join('\t'));
    for (const [name, g] of [
      ['start-up (taskpane.html)', size.startup],
      ['lazy (dynamic imports)', size.lazy],
      ['pane total', total],
      ['other pages only', size.otherPages],
    ])
      console.log(
        [
          name,
          g.files.length,
          kb(g.rawBytes),
          kb(g.gzipBytes),
          `${((100 * g.gzipBytes) / GOAL_GZIP_BYTES).toFixed(0)}%`,
        ].join('\t'),
      );
    const fetched = firstRender.fetchedBeforeFirstRender;
    const fetchedGzip = fetched.reduce((sum, file) => sum + (size.gzipByFile[file] ?? 0), 0);
    console.log(`fetched before the first render: ${fetched.join(', ')} (${kb(fetchedGzip)} gzipped)`);
    console.log('');
    console.log(
      `first render in headless Chromium ${firstRender.browserVersion} (ms after navigation start)`,
    );
    console.log(['loads', 'n', 'median', 'min', 'max'].join('\t'));
    for (const [name, s] of [
      ['cold', firstRender.cold],
      ['warm', firstRender.warm],
    ])
      console.log([name, s.samples.length, ms(s.median), ms(s.min), ms(s.max)].join('\t'));
    console.log('');
    console.log(
      `pane live risk update: median ${ms(liveRisk.median)} ms, p95 ${ms(liveRisk.p95)} ms over ${liveRisk.samples.length} changes (goal < ${GOAL_LIVE_MS} ms)`,
    );
    console.log(
      `  each the last of ${liveRisk.movesPerBurst} slider moves ${liveRisk.gapMs} ms apart, to its bands in the DOM; first bands after the first render (fresh worker): ${ms(liveRisk.firstBandsMs)} ms`,
    );
    console.log(
      liveRisk.longTasks.length === 0
        ? '  long tasks on the UI thread meanwhile: none'
        : `  long tasks on the UI thread meanwhile: ${liveRisk.longTasks.length} (longest ${ms(Math.max(...liveRisk.longTasks))} ms)`,
    );
    const avg = (l) => l.map((n) => n.toFixed(2)).join(' ');
    console.log(
      `load average (1/5/15 min): ${avg(loadAverage.before)} before, ${avg(loadAverage.after)} after`,
    );
  }
  if (liveRisk.median >= GOAL_LIVE_MS)
    console.warn(
      `the live risk update is over the goal: median ${liveRisk.median.toFixed(0)} ms ≥ ${GOAL_LIVE_MS} ms`,
    );
  if (size.startup.gzipBytes > GOAL_GZIP_BYTES)
    console.warn(
      `start-up JavaScript is over the goal: ${size.startup.gzipBytes} > ${GOAL_GZIP_BYTES} bytes gzipped`,
    );
} finally {
  rmSync(out, { recursive: true, force: true });
}
