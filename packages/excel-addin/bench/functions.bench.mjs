// The =AIFIN custom functions script: its shipped size, raw and gzipped (zlib 9), against the 60 kB gzipped goal,
// and how fast its functions answer in the tests' stand-in CustomFunctions runtime (load, first LINE call of a
// scenario, then µs per call). Bundled with the package's own vite first, like the other benches. A missed goal
// exits 1. Usage: node bench/functions.bench.mjs [--json] [--rounds N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const GOAL_GZIP_BYTES = 60 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--rounds');
const rounds = at < 0 ? 20 : Number(process.argv[at + 1]);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number ≥ 1');

// The measuring module finds the package through import.meta.url and imports vite and custom-functions-metadata:
// keep module URLs and load those packages from this package.
const keepModuleUrls = () => ({
  name: 'aifin-bench-module-urls',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'vite' || id === 'custom-functions-metadata'
      ? { id: import.meta.resolve(id), external: true }
      : null,
  transform: (code, id) =>
    id.startsWith(root) && !id.includes(`${sep}node_modules${sep}`) && code.includes('import.meta.url')
      ? {
          code: code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id.split('?')[0]).href)),
          map: null,
        }
      : null,
});

process.env.NODE_ENV ??= 'production';
const out = mkdtempSync(join(tmpdir(), 'aifin-bench-functions-runner-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [keepModuleUrls()],
    resolve: { conditions: ['source'] },
    ssr: { noExternal: true },
    build: {
      ssr: fileURLToPath(new URL('./measure-functions.ts', import.meta.url)),
      outDir: out,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'measure-functions.mjs' } },
    },
  });
  const { measureFunctions } = await import(pathToFileURL(join(out, 'measure-functions.mjs')).href);
  const m = await measureFunctions(root, rounds);
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ goalGzipBytes: GOAL_GZIP_BYTES, rounds, ...m }, null, 2));
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    console.log(
      `excel-addin custom functions: functions.js (goal ≤ ${kb(GOAL_GZIP_BYTES)} gzipped, zlib level 9)`,
    );
    console.log(['raw', 'gzip', 'of goal'].join('\t'));
    console.log(
      [kb(m.rawBytes), kb(m.gzipBytes), `${((100 * m.gzipBytes) / GOAL_GZIP_BYTES).toFixed(0)}%`].join('\t'),
    );
    console.log('');
    console.log(`stand-in runtime (Node ${process.versions.node}), median of ${rounds} rounds`);
    console.log(['load script', 'first LINE', 'LINE per call', 'FACT per call'].join('\t'));
    console.log(
      [
        `${m.loadMs.toFixed(1)} ms`,
        `${m.firstLineMs.toFixed(2)} ms`,
        `${m.lineCallMicros.toFixed(2)} µs`,
        `${m.factCallMicros.toFixed(2)} µs`,
      ].join('\t'),
    );
  }
  if (m.gzipBytes > GOAL_GZIP_BYTES) {
    console.error(`functions.js is over the goal: ${m.gzipBytes} > ${GOAL_GZIP_BYTES} bytes gzipped`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
