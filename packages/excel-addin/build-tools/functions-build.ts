import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { build, defaultClientConditions } from 'vite';

/** The file whose JSDoc `custom-functions-metadata` turns into functions.json. */
export const FUNCTIONS_SOURCE = 'src/functions/functions.ts';

/**
 * Builds the custom functions into `outDir`: functions.js (one classic script, as the JavaScript-only runtime
 * loads it, with @aifin/core bundled in), functions.json (generated from the JSDoc by Microsoft's
 * custom-functions-metadata, never written by hand) and functions.html (the page Excel on the web loads them in).
 * Fails the build on any metadata error.
 * @example await buildFunctions('/path/to/package', '/path/to/package/dist')
 */
export const buildFunctions = async (packageDir: string, outDir: string): Promise<void> => {
  await build({
    configFile: false,
    root: packageDir,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: false,
      // The JavaScript-only runtime on older Windows builds is not a current browser engine.
      target: 'es2017',
      sourcemap: true,
      minify: true,
      lib: {
        entry: join(packageDir, FUNCTIONS_SOURCE),
        formats: ['iife'],
        name: 'aifinFunctions',
        fileName: () => 'functions.js',
      },
    },
  });
  const result = await generateCustomFunctionsMetadata(join(packageDir, FUNCTIONS_SOURCE), false);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata: ${result.errors.join('; ')}`);
  await writeFile(join(outDir, 'functions.json'), `${result.metadataJson}\n`);
  await copyFile(join(packageDir, 'src/functions/functions.html'), join(outDir, 'functions.html'));
};

/** Reads a built functions.json (for tests and the bench). */
export const readFunctionsMetadata = async (
  outDir: string,
): Promise<{ functions: { id: string; name: string; parameters: { name: string }[] }[] }> =>
  JSON.parse(await readFile(join(outDir, 'functions.json'), 'utf8'));
