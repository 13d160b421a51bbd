import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the task pane with the package's own vite.config.ts into `outDir` (a temporary directory, so a test never
 * overwrites the `dist/` a developer is serving).
 * @example await buildPane(tmp); // tmp/taskpane.html, tmp/assets/…
 */
export const buildPane = async (outDir: string): Promise<void> => {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: measure what ships instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(PACKAGE_DIR, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
};

/**
 * Bundles the in-memory Excel fake for the browser as one classic script that installs `Office` and `Excel` and
 * exposes the handle as `window.__fakeOffice`: the test answers the Office.js CDN request with it.
 * @example await page.route(OFFICE_JS_URL, (route) => route.fulfill({ body: script, contentType: 'text/javascript' }))
 */
export const bundleFakeOffice = async (): Promise<string> => {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      lib: {
        entry: fileURLToPath(new URL('./fake-office-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'aifinFakeOffice',
        fileName: () => 'fake-office.js',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no script for the Office fake');
};

/** Size of the pane's JavaScript as shipped: every .js file in dist/assets, raw and gzipped (zlib, level 9). */
export interface BundleSize {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/**
 * Measures the built JavaScript the pane downloads; the budget is 200 kB gzipped.
 * @example (await measureJs(dist)).gzipBytes < 200_000
 */
export const measureJs = async (distDir: string): Promise<BundleSize> => {
  const dir = join(distDir, 'assets');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.js'));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = await readFile(join(dir, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.length, rawBytes, gzipBytes };
};
