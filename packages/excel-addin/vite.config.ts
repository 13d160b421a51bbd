import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite';
import { buildAppPackage } from './build-tools/app-package.js';
import { DEV_BASE_URL, parseBaseUrl, rebaseManifest } from './build-tools/base-url.js';
import { type DevCertificate, devHttps } from './build-tools/dev-https.js';
import { buildFunctions, functionsDevMiddleware } from './build-tools/functions-build.js';
import { stampJsonManifestVersion, stampXmlManifestVersion } from './build-tools/manifest-version.js';
import { moveSourceMaps } from './build-tools/source-maps.js';
import {
  collectLicenses,
  type LicenseCollector,
  renderNotices,
  THIRD_PARTY_FILE,
} from './build-tools/third-party-licenses.js';
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
 * The dev server's certificate (see build-tools/dev-https.ts): your own files, Microsoft's system-wide trusted one as
 * in Microsoft's template, or, without sudo, a user-only one with a warning saying which CA to trust.
 */
async function devCertificate(): Promise<DevCertificate> {
  const certs = await import('office-addin-dev-certs');
  return devHttps({
    env: process.env,
    async trustSystemWide() {
      const options = await certs.getHttpsServerOptions();
      return { key: options.key, cert: options.cert };
    },
    // A year, not Microsoft's 30 days: a CA trusted by hand should not need trusting again every month.
    generate: (paths) => certs.generateCertificates(paths.ca, paths.cert, paths.key, 365),
    warn: (line) => console.warn(line),
  });
}

/** The package version, which both built manifests carry (XML `<Version>` 1.2.3.0, JSON `version` 1.2.3). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Where a build keeps what must not be deployed, beside its output folder: `dist-sourcemaps/` (the hidden source
 * maps) and `dist-package/` (the app package zip an admin uploads).
 * @example besideOutDir('/pkg/dist', 'sourcemaps') // '/pkg/dist-sourcemaps'
 */
export function besideOutDir(outDir: string, what: 'sourcemaps' | 'package'): string {
  return join(dirname(outDir), `${basename(outDir)}-${what}`);
}

/**
 * After the pane is built: the custom functions (functions.js, functions.json from their JSDoc, functions.html) and
 * both manifests, all in the same output folder. The manifests point at ADDIN_BASE_URL (the dev server when unset)
 * and carry the package version, so `ADDIN_BASE_URL=https://host/path/ pnpm build` gives a dist/ to upload as it
 * is. The source maps then move out of dist/ (see moveSourceMaps), the notices of every third-party package the
 * pane, its worker and the functions contain go into dist/THIRD-PARTY-LICENSES.txt, and the unified manifest with
 * its icons is validated and zipped into the app package (dist-package/).
 */
const functionsAndManifests = (baseUrl: string, licenses: LicenseCollector): Plugin => {
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
      await buildFunctions(here, outDir, [licenses.plugin()]);
      writeFileSync(
        join(outDir, THIRD_PARTY_FILE),
        renderNotices('the aifin Excel add-in (the files of dist/)', licenses.notices()),
      );
      const version = packageVersion();
      const stamp = { 'manifest.xml': stampXmlManifestVersion, 'manifest.json': stampJsonManifestVersion };
      for (const [manifest, stampVersion] of Object.entries(stamp))
        writeFileSync(
          join(outDir, manifest),
          stampVersion(rebaseManifest(readFileSync(join(here, manifest), 'utf8'), baseUrl), version),
        );
      const maps = besideOutDir(outDir, 'sourcemaps');
      await rm(maps, { recursive: true, force: true });
      await moveSourceMaps(outDir, maps);
      const appPackage = besideOutDir(outDir, 'package');
      await rm(appPackage, { recursive: true, force: true });
      await buildAppPackage(
        join(outDir, 'manifest.json'),
        join(appPackage, `aifin-excel-addin-${version}.zip`),
      );
    },
  };
};

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const https = command === 'serve' ? await devCertificate() : undefined;
  // Checked before anything is built, so a bad ADDIN_BASE_URL stops the build at once.
  const baseUrl = command === 'build' ? parseBaseUrl(process.env.ADDIN_BASE_URL) : DEV_BASE_URL;
  const licenses = collectLicenses();
  return {
    root: resolve(here, 'src/taskpane'),
    // Built pages load their scripts and styles relative to themselves, so dist/ works from any sub-path.
    base: command === 'build' ? './' : '/',
    publicDir: false,
    plugins: [
      react(),
      addinAssets(),
      tooOld(),
      devCspForReactRefresh(),
      functionsAndManifests(baseUrl, licenses),
      ...(command === 'build' ? [licenses.plugin()] : []),
    ],
    // The analysis worker is a bundle of its own; its packages belong in the same notices.
    worker: { plugins: () => (command === 'build' ? [licenses.plugin()] : []) },
    // @aifin/core is consumed as TypeScript source (its "source" export condition), in dev and in the build.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    build: {
      outDir: resolve(here, 'dist'),
      emptyOutDir: true,
      // Office on the web and Microsoft 365 desktop run current Chromium-based webviews.
      target: 'es2022',
      // Maps are written for debugging but named by no deployed script; the build moves them to dist-sourcemaps/.
      sourcemap: 'hidden',
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
