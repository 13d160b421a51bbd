// Sync count and request sizes of a whole build, against the recording fake Excel host: for horizons 1, 5 and 15,
// all sheets vs model-only sheets, into a new workbook and as a rebuild. Goal: at most 4 syncs, every request far
// under Excel on the web's 5 MB. The TypeScript is bundled with the package's own vite first (no extra tools).
// Usage: node bench/build-model.bench.mjs [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const HORIZONS = [1, 5, 15];
const GOAL_SYNCS = 4;
const LIMIT_BYTES = 4_000_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'aifin-bench-addin-'));

try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source'] },
    ssr: { noExternal: true },
    build: {
      ssr: fileURLToPath(new URL('./measure-builds.ts', import.meta.url)),
      outDir: out,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'measure-builds.mjs' } },
    },
  });
  const { measureBuilds } = await import(pathToFileURL(join(out, 'measure-builds.mjs')).href);
  const rows = await measureBuilds(HORIZONS);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    console.log('excel-addin build: syncs and request payload per sync (fake host, JSON bytes)');
    console.log(
      ['horizon', 'sheets', 'build', 'syncs', 'per sync', 'max', 'total', 'estimate', 'ms'].join('\t'),
    );
    for (const r of rows)
      console.log(
        [
          r.horizon,
          r.sheets,
          r.build,
          r.syncs,
          r.bytesPerSync.map(kb).join(' | '),
          kb(r.maxBytes),
          kb(r.totalBytes),
          kb(r.estimatedBytes),
          r.milliseconds.toFixed(1),
        ].join('\t'),
      );
  }
  const over = rows.filter((r) => r.syncs > GOAL_SYNCS || r.maxBytes > LIMIT_BYTES);
  if (over.length > 0) {
    console.error(`over budget (> ${GOAL_SYNCS} syncs or a request > ${LIMIT_BYTES} bytes):`, over);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
