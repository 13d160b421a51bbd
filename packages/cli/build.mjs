// Bundles the CLI into dist/ for fast start-up: one small entry (commander and the command table) and chunks
// that load only when a command runs. exceljs and jszip (which writes the chart parts) stay external dependencies,
// loaded on demand.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const outdir = join(here, 'dist');
const pkg = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));

const result = await build({
  // The simulation's worker thread loads its own entry beside aifin.js.
  entryPoints: {
    aifin: join(here, 'src/index.ts'),
    'simulate-worker': join(here, 'src/analysis/simulate-worker.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundle @aifin/core from its TypeScript source: no build of core needed first.
  conditions: ['source'],
  external: ['exceljs', 'exceljs/*', 'jszip'],
  define: { __AIFIN_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (commander, cli-table3) call require() for Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __aifinCreateRequire } from 'node:module';\nconst require = __aifinCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

// Remove chunks of earlier builds afterwards rather than emptying dist/ first, so that a binary another process
// is running keeps working while this one builds.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => join(process.cwd(), file)));
for (const entry of await readdir(outdir, { recursive: true, withFileTypes: true })) {
  // `parentPath` arrived in Node 20.12; earlier 20.x name it `path`.
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !written.has(file)) await rm(file);
}
console.log(`built ${relative(process.cwd(), join(outdir, 'aifin.js'))} (${pkg.version})`);
