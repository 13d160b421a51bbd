import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { build, defaultClientConditions, type Plugin } from 'vite';

/** The file whose JSDoc `custom-functions-metadata` turns into functions.json. */
export const FUNCTIONS_SOURCE = 'src/functions/functions.ts';
const FUNCTIONS_PAGE = 'src/functions/functions.html';

/**
 * functions.js as shipped: one classic script (the JavaScript-only runtime does not load ES modules) with
 * @aifin/core bundled in, minified, and its source map (hidden: the script does not name it, see source-maps.ts).
 */
export const bundleFunctionsScript = async (
  packageDir: string,
  plugins: Plugin[] = [],
): Promise<{ code: string; map: string }> => {
  const output = await build({
    configFile: false,
    plugins,
    root: packageDir,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      write: false,
      // The JavaScript-only runtime on older Windows builds is not a current browser engine.
      target: 'es2017',
      sourcemap: 'hidden',
      minify: true,
      lib: {
        entry: join(packageDir, FUNCTIONS_SOURCE),
        formats: ['iife'],
        name: 'aifinFunctions',
        fileName: () => 'functions.js',
      },
    },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    const map = result.output.find((item) => item.type === 'asset' && item.fileName === 'functions.js.map');
    if (chunk?.type === 'chunk')
      return {
        code: chunk.code,
        map: map?.type === 'asset' ? String(map.source) : '',
      };
  }
  throw new Error('vite produced no functions.js');
};

/** functions.json, generated from the JSDoc by Microsoft's custom-functions-metadata; any error fails. */
export const functionsMetadataJson = async (packageDir: string): Promise<string> => {
  const result = await generateCustomFunctionsMetadata(join(packageDir, FUNCTIONS_SOURCE), false);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata: ${result.errors.join('; ')}`);
  return `${result.metadataJson}\n`;
};

/**
 * Builds the custom functions into `outDir`: functions.js (+ map), functions.json (from the JSDoc, never written by
 * hand) and functions.html (the page the manifests name for the functions). `plugins` join the script's bundle (the
 * licence collector).
 * @example await buildFunctions('/path/to/package', '/path/to/package/dist')
 */
export const buildFunctions = async (
  packageDir: string,
  outDir: string,
  plugins: Plugin[] = [],
): Promise<void> => {
  const script = await bundleFunctionsScript(packageDir, plugins);
  // A pane build that writes nothing to disk (the bench measures one in memory) leaves no output folder behind.
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'functions.js'), script.code);
  if (script.map) await writeFile(join(outDir, 'functions.js.map'), script.map);
  await writeFile(join(outDir, 'functions.json'), await functionsMetadataJson(packageDir));
  await writeFile(join(outDir, 'functions.html'), await readFile(join(packageDir, FUNCTIONS_PAGE)));
};

/**
 * Dev-server middleware serving /functions.js, /functions.json and /functions.html, built from the source on each
 * request, so a sideloaded dev manifest (https://localhost:3000/functions.*) gets current functions.
 * @example server.middlewares.use(functionsDevMiddleware(packageDir))
 */
export const functionsDevMiddleware =
  (packageDir: string) =>
  (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const path = req.url?.split('?')[0];
    const serve: Record<string, [string, () => Promise<string>]> = {
      '/functions.js': [
        'text/javascript; charset=utf-8',
        async () => (await bundleFunctionsScript(packageDir)).code,
      ],
      '/functions.json': ['application/json; charset=utf-8', () => functionsMetadataJson(packageDir)],
      '/functions.html': [
        'text/html; charset=utf-8',
        () => readFile(join(packageDir, FUNCTIONS_PAGE), 'utf8'),
      ],
    };
    const entry = path ? serve[path] : undefined;
    if (!entry) {
      next();
      return;
    }
    const [type, body] = entry;
    body().then(
      (text) => {
        res.setHeader('Content-Type', type);
        res.end(text);
      },
      (error: unknown) => next(error),
    );
  };

/** Reads a built functions.json (for tests and the bench). */
export const readFunctionsMetadata = async (
  outDir: string,
): Promise<{ functions: { id: string; name: string; parameters: { name: string }[] }[] }> =>
  JSON.parse(await readFile(join(outDir, 'functions.json'), 'utf8'));
