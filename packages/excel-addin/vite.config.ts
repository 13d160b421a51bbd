import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite';
import { DEV_BASE_URL, parseBaseUrl, rebaseManifest } from './build-tools/base-url.js';
import { buildFunctions, functionsDevMiddleware } from './build-tools/functions-build.js';
import { TOO_OLD_SCRIPT, tooOldScript } from './build-tools/too-old-script.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const ASSETS = join(here, 'assets');
/** The port both manifests point at (https://localhost:3000/…). */
export const DEV_PORT = 3000;

/** Icons and the logo the manifests reference as /assets/<file>; the icon script itself is not shipped. */
const shippedAssets = (): string[] => readdirSync(ASSETS).filter((file) => /\.(png|svg)$/.test(file));

/**
 * Serves `assets/` at /assets/ in dev and copies it to dist/assets/ in a build. Vite's publicDir would put the icons
 * at the site root, but the manifests (and Office's caches of them) use /assets/…, the layout of Microsoft's template.
 */
const addinAssets = (): Plugin => ({
  name: 'aifin-addin-assets',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const match = /^\/assets\/([\w.-]+\.(png|svg))$/.exec(req.url?.split('?')[0] ?? '');
      const file = match?.[1];
      if (!file || !shippedAssets().includes(file)) return next();
      res.setHeader('Content-Type', file.endsWith('.png') ? 'image/png' : 'image/svg+xml');
      res.end(readFileSync(join(ASSETS, file)));
    });
  },
  generateBundle() {
    for (const file of shippedAssets())
      this.emitFile({ type: 'asset', fileName: `assets/${file}`, source: readFileSync(join(ASSETS, file)) });
  },
});

/** Serves and ships too-old.js, the ES5 script that explains a blank pane in old webviews (see too-old-script.ts). */
const tooOld = (): Plugin => ({
  name: 'aifin-too-old',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.split('?')[0] !== `/${TOO_OLD_SCRIPT}`) return next();
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.end(tooOldScript());
    });
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: TOO_OLD_SCRIPT, source: tooOldScript() });
  },
});

/**
 * The React preamble that @vitejs/plugin-react injects in dev is an inline script, which the pane's CSP forbids.
 * Only the dev server relaxes script-src for it; the built taskpane.html keeps the strict policy.
 */
const devCspForReactRefresh = (): Plugin => ({
  name: 'aifin-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
});

/**
 * Office loads add-ins over HTTPS only, so the dev server never falls back to plain HTTP: like Microsoft's template,
 * it creates (and trusts, once) the localhost certificate with office-addin-dev-certs when there is none yet. If that
 * fails the server does not start, with one line saying what to do, rather than serving a pane Excel refuses.
 */
const devHttps = async (): Promise<{ key: Buffer | string; cert: Buffer | string }> => {
  try {
    const { getHttpsServerOptions } = await import('office-addin-dev-certs');
    const options = await getHttpsServerOptions();
    return { key: options.key, cert: options.cert };
  } catch (error) {
    throw new Error(
      'pnpm dev needs an HTTPS certificate for localhost (Excel refuses add-ins over HTTP) and could not create ' +
        `one: ${error instanceof Error ? error.message : String(error)}. Run \`pnpm certs\` once, then \`pnpm dev\` again.`,
    );
  }
};

/**
 * After the pane is built: the custom functions (functions.js, functions.json from their JSDoc, functions.html) and
 * both manifests, all in the same output folder. The manifests point at ADDIN_BASE_URL (the dev server when unset),
 * so `ADDIN_BASE_URL=https://host/path/ pnpm build` gives a dist/ to upload as it is.
 */
const functionsAndManifests = (baseUrl: string): Plugin => {
  let outDir = '';
  return {
    name: 'aifin-functions-and-manifests',
    configureServer(server) {
      server.middlewares.use(functionsDevMiddleware(here));
    },
    configResolved(config) {
      if (config.command === 'build') outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (outDir === '') return;
      await buildFunctions(here, outDir);
      for (const manifest of ['manifest.xml', 'manifest.json'])
        writeFileSync(
          join(outDir, manifest),
          rebaseManifest(readFileSync(join(here, manifest), 'utf8'), baseUrl),
        );
    },
  };
};

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const https = command === 'serve' ? await devHttps() : undefined;
  // Checked before anything is built, so a bad ADDIN_BASE_URL stops the build at once.
  const baseUrl = command === 'build' ? parseBaseUrl(process.env.ADDIN_BASE_URL) : DEV_BASE_URL;
  return {
    root: resolve(here, 'src/taskpane'),
    // Built pages load their scripts and styles relative to themselves, so dist/ works from any sub-path.
    base: command === 'build' ? './' : '/',
    publicDir: false,
    plugins: [react(), addinAssets(), tooOld(), devCspForReactRefresh(), functionsAndManifests(baseUrl)],
    // @aifin/core is consumed as TypeScript source (its "source" export condition), in dev and in the build.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir: resolve(here, 'dist'),
      emptyOutDir: true,
      // Office on the web and Microsoft 365 desktop run current Chromium-based webviews.
      target: 'es2022',
      sourcemap: true,
      // One ~590 kB (raw) chunk is expected: React, Fluent and core. The real budget, 200 kB gzipped, is checked by
      // test/e2e, so Vite's raw-size warning would only be noise.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        input: {
          taskpane: resolve(here, 'src/taskpane/taskpane.html'),
          commands: resolve(here, 'src/taskpane/commands.html'),
          // AppSource needs real support, privacy and terms pages; plain HTML, no script.
          support: resolve(here, 'src/taskpane/support.html'),
          privacy: resolve(here, 'src/taskpane/privacy.html'),
          terms: resolve(here, 'src/taskpane/terms.html'),
        },
      },
    },
    server: {
      port: DEV_PORT,
      strictPort: true,
      host: 'localhost',
      ...(https ? { https } : {}),
    },
    preview: { port: DEV_PORT, strictPort: true, host: 'localhost', ...(https ? { https } : {}) },
  };
});
