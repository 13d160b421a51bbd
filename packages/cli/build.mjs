// Bundles the CLI into dist/ for fast start-up: one small entry (commander and the command table) and chunks
// that load only when a command runs. exceljs and jszip (which writes the chart parts) stay external dependencies,
// loaded on demand.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { THIRD_PARTY_FILE, thirdPartyNotices } from './third-party-licenses.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const outdir = join(here, 'dist');
const pkg = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));

const result = await build({
  // The simulation's worker threads and the batch export's render worker load their own entries beside aifin.js.
  entryPoints: {
    aifin: join(here, 'src/index.ts'),
    'simulate-worker': join(here, 'src/analysis/simulate-worker.ts'),
    'xlsx-worker': join(here, 'src/render/xlsx-worker.ts'),
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

// The package's dependencies must be exactly what the bundle leaves external: a bundled package listed as a
// dependency makes `npm i -g @aifin/cli` fetch it for nothing (or fail, for the unpublished workspace core), and an
// external one not listed fails at run time.
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const external = new Set(
  Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((imported) => imported.external && !isBuiltin(imported.path))
    .map((imported) => packageOf(imported.path)),
);
const declared = new Set(Object.keys(pkg.dependencies ?? {}));
const missing = [...external].filter((name) => !declared.has(name));
const extra = [...declared].filter((name) => !external.has(name));
if (missing.length > 0 || extra.length > 0) {
  console.error(
    `build: package.json dependencies must be exactly the bundle's externals (${[...external].join(', ')}):` +
      ` missing ${missing.join(', ') || 'none'}, not needed ${extra.join(', ') || 'none'}`,
  );
  process.exit(1);
}

// HyperFormula (GPL-3.0 or commercial) is the tests' second formula engine: it must never reach the MIT bundle.
const gpl = Object.keys(result.metafile.inputs).filter((input) =>
  /(^|\/)node_modules\/hyperformula\//.test(input),
);
if (gpl.length > 0 || external.has('hyperformula')) {
  console.error(
    `build: HyperFormula is for tests only and must not be bundled (${gpl[0] ?? 'external import'})`,
  );
  process.exit(1);
}

// Remove chunks of earlier builds afterwards rather than emptying dist/ first, so that a binary another process
// is running keeps working while this one builds.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => join(process.cwd(), file)));
for (const entry of await readdir(outdir, { recursive: true, withFileTypes: true })) {
  // `parentPath` arrived in Node 20.12; earlier 20.x name it `path`.
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !written.has(file)) await rm(file);
}
// Written after the clean-up above, which keeps only esbuild's own outputs.
await writeFile(
  join(outdir, THIRD_PARTY_FILE),
  thirdPartyNotices(
    result.metafile,
    process.cwd(),
    here.replace(/\/$/, ''),
    Object.keys(pkg.dependencies ?? {}),
  ),
);
console.log(`built ${relative(process.cwd(), join(outdir, 'aifin.js'))} (${pkg.version})`);
