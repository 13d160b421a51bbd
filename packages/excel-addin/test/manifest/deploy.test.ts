import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXmlManifest } from './xsd-validate.js';

const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(PACKAGE_DIR, 'node_modules', 'office-addin-manifest', 'cli.js');
const BASE = 'https://addins.example.org/finance/aifin/';
const VERSION = (JSON.parse(await readFile(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string })
  .version;

let work: string;
let dist: string;

/** Builds the whole add-in as `ADDIN_BASE_URL=… pnpm build` does, into a temporary folder. */
const buildForProduction = async (outDir: string): Promise<void> => {
  const saved = { base: process.env.ADDIN_BASE_URL, env: process.env.NODE_ENV };
  process.env.ADDIN_BASE_URL = BASE;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(PACKAGE_DIR, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (saved.base === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved.base;
    process.env.NODE_ENV = saved.env;
  }
};

const urlsIn = (text: string): string[] =>
  [...text.matchAll(/https:\/\/[^"'<>\s]+/g)]
    .map((m) => m[0])
    .filter((url) => !url.startsWith('https://developer.microsoft.com/json-schemas/'));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aifin-deploy-'));
  dist = join(work, 'dist');
  await buildForProduction(dist);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a production build (ADDIN_BASE_URL)', () => {
  it('writes both manifests with every URL under the base, nothing on localhost, each a file in dist/', async () => {
    for (const name of ['manifest.xml', 'manifest.json']) {
      const text = await readFile(join(dist, name), 'utf8');
      expect(text, name).not.toMatch(/localhost/i);
      const urls = urlsIn(text);
      expect(urls.length, name).toBeGreaterThan(8);
      for (const url of urls) {
        expect(url.startsWith(BASE), `${name}: ${url}`).toBe(true);
        const file = join(dist, url.slice(BASE.length));
        expect((await stat(file)).isFile(), `${name}: ${url}`).toBe(true);
      }
    }
  });

  it('validates dist/manifest.xml against Microsoft XSD and dist/manifest.json with office-addin-manifest', async () => {
    await expect(validateXmlManifest(join(dist, 'manifest.xml'))).resolves.toMatch(/validates/);
    await expect(
      run(process.execPath, [CLI, 'validate', join(dist, 'manifest.json')]),
    ).resolves.toBeDefined();
  });

  it('loads every page asset relative to the page, so dist/ can sit under any sub-path', async () => {
    for (const page of ['taskpane.html', 'commands.html', 'functions.html', 'support.html']) {
      const html = await readFile(join(dist, page), 'utf8');
      const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(refs.length, page).toBeGreaterThan(0);
      for (const ref of refs) {
        if (ref.startsWith('https://appsforoffice.microsoft.com/')) continue;
        expect(ref, `${page}: ${ref}`).not.toMatch(/^(\/|[a-z]+:)/);
        expect((await stat(join(dist, ref))).isFile(), `${page}: ${ref}`).toBe(true);
      }
    }
  });

  it("lets Office.js open its own frames (its CDN, Office's telemetry) and no other origin", async () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
        await readFile(join(dist, page), 'utf8'),
      )?.[1];
      const frameSrc = csp
        ?.split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('frame-src'));
      expect(frameSrc, page).toBe(
        'frame-src https://appsforoffice.microsoft.com https://telemetryservice.firstpartyapps.oaspapps.com',
      );
    }
  });

  it('ships real support, privacy and terms pages, each a page of its own (not the task pane)', async () => {
    const json = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8'));
    const xml = await readFile(join(dist, 'manifest.xml'), 'utf8');
    expect(json.developer).toMatchObject({
      websiteUrl: `${BASE}support.html`,
      privacyUrl: `${BASE}privacy.html`,
      termsOfUseUrl: `${BASE}terms.html`,
    });
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}support.html"/>`);
    const words = {
      'support.html': /=AIFIN\.FACT/,
      'privacy.html': /collects no personal data/,
      'terms.html': /not investment advice/,
    };
    for (const [page, pattern] of Object.entries(words))
      expect(await readFile(join(dist, page), 'utf8'), page).toMatch(pattern);
  });
});

describe('what a production build deploys, and what it keeps beside dist/', () => {
  it('stamps both manifests with the package version', async () => {
    expect(await readFile(join(dist, 'manifest.xml'), 'utf8')).toContain(`<Version>${VERSION}.0</Version>`);
    expect(JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')).version).toBe(VERSION);
  });

  it('deploys no source map and no script that names one; the maps sit in dist-sourcemaps/', async () => {
    const files = (await readdir(dist, { recursive: true })).map(String);
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(4);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of [...scripts, ...files.filter((f) => f.endsWith('.html'))])
      expect(await readFile(join(dist, file), 'utf8'), file).not.toMatch(/sourceMappingURL/);
    // The code of ours still has its maps beside the release, for debugging a report from the field (too-old.js is
    // hand-written ES5 and Vite's module-preload polyfill has no source of its own).
    const ours = scripts.filter((file) => /^(functions\.js|assets\/(taskpane|analysis-worker)-)/.test(file));
    expect(ours.length).toBe(3);
    for (const script of ours)
      expect((await stat(join(work, 'dist-sourcemaps', `${script}.map`))).isFile(), script).toBe(true);
  });

  it('ships THIRD-PARTY-LICENSES.txt naming every package whose code the deployed scripts carry', async () => {
    const notices = await readFile(join(dist, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    const named = new Set([...notices.matchAll(/^(\S+) \S+, .+$/gm)].map((m) => m[1]));
    for (const name of ['react', 'react-dom', '@fluentui/react-button', '@aifin/core'])
      expect(named, name).toContain(name);
    // The source maps name every file the bundler put in a script: each package among them must be in the notices.
    const maps = (await readdir(join(work, 'dist-sourcemaps'), { recursive: true })).map(String);
    const fromMaps = new Set<string>();
    for (const map of maps.filter((file) => file.endsWith('.map'))) {
      const sources: string[] = JSON.parse(
        await readFile(join(work, 'dist-sourcemaps', map), 'utf8'),
      ).sources;
      for (const source of sources) {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(
          source.split('node_modules/.pnpm/').at(-1) ?? '',
        );
        if (match?.[1]) fromMaps.add(match[1]);
      }
    }
    expect(fromMaps.size).toBeGreaterThan(20);
    for (const name of fromMaps) expect(named, name).toContain(name);
    expect(notices).toMatch(/^react 19\.\S+, MIT\n.*\n\nMIT License\n/m);
  });

  it('writes the app package: manifest.json and the icons it names, and the packaged manifest validates', async () => {
    const zip = unzipSync(await readFile(join(work, 'dist-package', `aifin-excel-addin-${VERSION}.zip`)));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']));
    expect(Object.keys(zip).sort()).toEqual(['assets/color.png', 'assets/outline.png', 'manifest.json']);
    expect([manifest.icons.color, manifest.icons.outline].sort()).toEqual([
      'assets/color.png',
      'assets/outline.png',
    ]);
    expect(manifest).toEqual(JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')));
    const unpacked = join(work, 'unpacked');
    for (const [name, bytes] of Object.entries(zip)) {
      await mkdir(join(unpacked, name, '..'), { recursive: true });
      await writeFile(join(unpacked, name), bytes);
    }
    await expect(
      run(process.execPath, [CLI, 'validate', join(unpacked, 'manifest.json')]),
    ).resolves.toBeDefined();
    // The validator can fail: without a required field the same command exits non-zero.
    await writeFile(join(unpacked, 'manifest.json'), JSON.stringify({ ...manifest, version: undefined }));
    await expect(run(process.execPath, [CLI, 'validate', join(unpacked, 'manifest.json')])).rejects.toThrow();
  });
});

describe('manifest.xml against Microsoft XSD (offline, vendored schema)', () => {
  it('the dev manifest in the repository validates', async () => {
    await expect(validateXmlManifest(join(PACKAGE_DIR, 'manifest.xml'))).resolves.toMatch(/validates/);
  });

  it('the schema can fail: a CustomFunctions extension point without its Script is rejected', async () => {
    const xml = await readFile(join(PACKAGE_DIR, 'manifest.xml'), 'utf8');
    const broken = xml.replace(/<Script>[\s\S]*?<\/Script>/, '');
    expect(broken).not.toBe(xml);
    const copy = join(work, 'broken.xml');
    await writeFile(copy, broken);
    await expect(validateXmlManifest(copy)).rejects.toThrow(/Page.*Expected is \( .*Script/s);
  });
});

describe('the custom functions in both manifests', () => {
  it('declare namespace AIFIN with the same script, page and metadata, and functions.json is the generated one', async () => {
    const xml = await readFile(join(dist, 'manifest.xml'), 'utf8');
    const json = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8'));
    const resource = (id: string) => new RegExp(`id="${id}" DefaultValue="([^"]+)"`).exec(xml)?.[1];
    expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(resource('Aifin.Functions.Namespace')).toBe('AIFIN');
    const runtime = json.extensions[0].runtimes.find((r: { customFunctions?: unknown }) => r.customFunctions);
    expect(runtime.customFunctions.namespace).toEqual({ id: 'AIFIN', name: 'AIFIN' });
    expect(runtime.code.script).toBe(resource('Aifin.Functions.Script.Url'));
    expect(runtime.code.page).toBe(resource('Aifin.Functions.Page.Url'));
    expect(runtime.customFunctions.metadataUrl).toBe(resource('Aifin.Functions.Metadata.Url'));
    expect(runtime.requirements.capabilities).toEqual([
      { name: 'CustomFunctionsRuntime', minVersion: '1.3' },
    ]);
    const metadata = JSON.parse(await readFile(join(dist, 'functions.json'), 'utf8'));
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(['FACT', 'LINE', 'SUMMARY', 'FACTS']);
  });
});
