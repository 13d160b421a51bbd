import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

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

/**
 * The React preamble that @vitejs/plugin-react injects in dev is an inline script, which the pane's CSP forbids.
 * Only the dev server relaxes script-src for it; the built taskpane.html keeps the strict policy.
 */
const devCspForReactRefresh = (): Plugin => ({
  name: 'aifin-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
});

/** Office requires HTTPS: use the office-addin-dev-certs certificates when `pnpm certs` has installed them. */
const devHttps = (): { key: Buffer; cert: Buffer } | undefined => {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const key = join(dir, 'localhost.key');
  const cert = join(dir, 'localhost.crt');
  if (existsSync(key) && existsSync(cert)) return { key: readFileSync(key), cert: readFileSync(cert) };
  console.warn(
    '\n  ⚠ No dev certificates in ~/.office-addin-dev-certs: serving plain HTTP.\n' +
      '    Excel only loads add-ins over HTTPS: run `pnpm certs` once, then restart `pnpm dev`.\n',
  );
  return undefined;
};

export default defineConfig(({ command }) => {
  const https = command === 'serve' ? devHttps() : undefined;
  return {
    root: resolve(here, 'src/taskpane'),
    base: '/',
    publicDir: false,
    plugins: [react(), addinAssets(), devCspForReactRefresh()],
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
