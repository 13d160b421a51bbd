import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Built artefacts the benchmarks measure; `pnpm bench` builds them first. */
export const CLI = fileURLToPath(new URL('../../packages/cli/dist/aifin.js', import.meta.url));
export const CORE = fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url));
/** The simulation runner's own entry (`@aifin/core/analysis`): what a worker thread runs. */
export const CORE_ANALYSIS = fileURLToPath(new URL('../../packages/core/dist/analysis.js', import.meta.url));
export const EXCELJS_FROM_CLI = new URL('../../packages/cli/', import.meta.url);
export const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

/** Fails with the fix when a built file is missing, instead of timing an error message. */
export const requireBuilt = (file) => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` (pnpm bench does) first`);
  return file;
};
