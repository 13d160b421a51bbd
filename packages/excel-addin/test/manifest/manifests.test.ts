import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS_SOURCE } from '../../build-tools/functions-build.js';
import { REQUIRED_EXCEL_API } from '../../src/office/requirements.js';

const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const XML_PATH = join(PACKAGE_DIR, 'manifest.xml');
const JSON_PATH = join(PACKAGE_DIR, 'manifest.json');
const CLI = join(PACKAGE_DIR, 'node_modules', 'office-addin-manifest', 'cli.js');
const DEV_ORIGIN = 'https://localhost:3000';

interface Icon {
  readonly size: number;
  readonly url: string;
}
/** The part of the unified manifest this test reads. */
interface UnifiedManifest {
  readonly id: string;
  readonly version: string;
  readonly icons: { readonly outline: string; readonly color: string };
  readonly developer: Readonly<Record<string, string>>;
  readonly authorization: {
    readonly permissions: {
      readonly resourceSpecific: readonly { readonly name: string; readonly type: string }[];
    };
  };
  readonly extensions: readonly {
    readonly requirements: {
      readonly scopes: readonly string[];
      readonly capabilities: readonly { readonly name: string; readonly minVersion: string }[];
    };
    readonly runtimes: readonly {
      readonly code: { readonly page: string };
      readonly actions: readonly { readonly type: string }[];
    }[];
    readonly ribbons: readonly {
      readonly tabs: readonly {
        readonly groups: readonly {
          readonly icons: readonly Icon[];
          readonly controls: readonly { readonly icons: readonly Icon[] }[];
        }[];
      }[];
    }[];
  }[];
}

const readXml = () => readFile(XML_PATH, 'utf8');
const readJson = async () => JSON.parse(await readFile(JSON_PATH, 'utf8')) as UnifiedManifest;

/** Every https URL in a text, in order of appearance. */
const urlsIn = (text: string): string[] => [...text.matchAll(/https:\/\/[^"'<>\s]+/g)].map((m) => m[0]);

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
const pngSize = (bytes: Buffer): { width: number; height: number } => {
  const signature = '89504e470d0a1a0a';
  if (
    bytes.subarray(0, 8).toString('hex') !== signature ||
    bytes.subarray(12, 16).toString('ascii') !== 'IHDR'
  )
    throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

/**
 * The source file behind a dev-server URL: pages live in src/taskpane, icons in assets/, the custom functions in
 * src/functions (functions.js is built from functions.ts; functions.json from its JSDoc, checked in deploy.test.ts).
 */
const localFileFor = (url: string): string => {
  const path = new URL(url).pathname;
  if (path.startsWith('/assets/')) return join(PACKAGE_DIR, path);
  if (path === '/functions.js' || path === '/functions.json') return join(PACKAGE_DIR, FUNCTIONS_SOURCE);
  if (path === '/functions.html') return join(PACKAGE_DIR, 'src', 'functions', 'functions.html');
  return join(PACKAGE_DIR, 'src', 'taskpane', path);
};

const validate = (path: string) => run(process.execPath, [CLI, 'validate', path]);

describe('manifests', () => {
  it('validates the unified manifest offline with office-addin-manifest', async () => {
    await expect(validate(JSON_PATH)).resolves.toBeDefined();
  });

  it('lets the validator fail: a broken copy of the unified manifest is rejected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aifin-manifest-'));
    try {
      const broken = await readJson();
      const copy = join(dir, 'manifest.json');
      await writeFile(
        copy,
        JSON.stringify({
          ...broken,
          authorization: {
            permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Everything' }] },
          },
        }),
      );
      await expect(validate(copy)).rejects.toMatchObject({ code: 1 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives both manifests the same id, version, name, permission and host', async () => {
    const xml = await OfficeAddinManifest.readManifestFile(XML_PATH);
    const json = await OfficeAddinManifest.readManifestFile(JSON_PATH);
    expect(xml.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(json.id).toBe(xml.id);
    // The add-in only manifest has four version parts, the unified one three.
    expect(xml.version).toBe(`${json.version}.0`);
    expect(json.displayName).toBe(xml.displayName);
    expect(json.providerName).toBe(xml.providerName);
    // ReadWriteDocument is what Document.ReadWrite.User grants; nothing wider.
    expect(xml.permissions).toBe('ReadWriteDocument');
    expect(json.permissions).toBe('Document.ReadWrite.User');
    expect(xml.hosts).toEqual(['Workbook']);
    expect(json.hosts).toEqual(['workbook']);
  });

  it("gives the unified manifest alternate icons, the add-in only manifest's own, so the admin center can derive one", async () => {
    const xml = await readXml();
    const json = JSON.parse(await readFile(JSON_PATH, 'utf8')) as {
      extensions: { alternates?: { alternateIcons?: Record<string, { size: number; url: string }> }[] }[];
    };
    const icons = json.extensions[0]?.alternates?.[0]?.alternateIcons;
    expect(icons?.icon).toEqual({ size: 32, url: /<IconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] });
    expect(icons?.highResolutionIcon).toEqual({
      size: 64,
      url: /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1],
    });
  });

  it('requires the ExcelApi set the renderer needs, in both', async () => {
    const xml = await readXml();
    const sets = [...xml.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toEqual([['ExcelApi', REQUIRED_EXCEL_API]]);
    const [extension] = (await readJson()).extensions;
    expect(extension?.requirements.capabilities).toEqual([
      { name: 'ExcelApi', minVersion: REQUIRED_EXCEL_API },
    ]);
  });

  it('opens the same task pane and uses the same ribbon icons', async () => {
    const xml = await readXml();
    const json = await readJson();
    const xmlPane = /<SourceLocation DefaultValue="([^"]+)"\/>/.exec(xml)?.[1];
    expect(xmlPane).toBe(`${DEV_ORIGIN}/taskpane.html`);
    const runtime = json.extensions[0]?.runtimes.find((r) => r.actions.some((a) => a.type === 'openPage'));
    expect(runtime?.code.page).toBe(xmlPane);
    expect(xml).toContain(`<bt:Url id="Aifin.Taskpane.Url" DefaultValue="${xmlPane}"/>`);

    const xmlIcons = [...xml.matchAll(/<bt:Image id="[^"]+" DefaultValue="([^"]+)"\/>/g)]
      .map((m) => m[1])
      .sort();
    const jsonIcons = new Set(
      json.extensions
        .flatMap((e) =>
          e.ribbons.flatMap((r) =>
            r.tabs.flatMap((t) =>
              t.groups.flatMap((g) => [...g.icons, ...g.controls.flatMap((c) => c.icons)]),
            ),
          ),
        )
        .map((icon) => icon.url),
    );
    expect([...jsonIcons].sort()).toEqual(xmlIcons);
  });

  it('serves everything over HTTPS from the dev server, from files that exist, with icons of the stated size', async () => {
    const xml = await readXml();
    const json = await readJson();
    const schemaUrls = new Set([
      'http://schemas.microsoft.com',
      'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json',
    ]);
    const urls = [...urlsIn(xml), ...urlsIn(JSON.stringify({ ...json, $schema: undefined }))].filter(
      (url) => !schemaUrls.has(url),
    );
    expect(urls.length).toBeGreaterThan(10);
    expect(xml).not.toMatch(/DefaultValue="http:/);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_ORIGIN}/`), url).toBe(true);
      await expect(readFile(localFileFor(url)), url).resolves.toBeInstanceOf(Buffer);
    }

    // Ribbon icons: the size the manifests state is the size of the file.
    for (const match of xml.matchAll(/<bt:Image id="Aifin\.Icon\.(\d+)" DefaultValue="([^"]+)"\/>/g)) {
      const size = Number(match[1]);
      expect(pngSize(await readFile(localFileFor(match[2] ?? ''))), match[2]).toEqual({
        width: size,
        height: size,
      });
    }
    const iconUrl = /<IconUrl DefaultValue="([^"]+)"\/>/.exec(xml)?.[1] ?? '';
    expect(pngSize(await readFile(localFileFor(iconUrl)))).toEqual({ width: 32, height: 32 });
    const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"\/>/.exec(xml)?.[1] ?? '';
    expect(pngSize(await readFile(localFileFor(highRes)))).toEqual({ width: 64, height: 64 });
    // The unified manifest's package icons: 192 px colour, 32 px outline (white on transparent).
    expect(pngSize(await readFile(join(PACKAGE_DIR, json.icons.color)))).toEqual({ width: 192, height: 192 });
    const outline = await readFile(join(PACKAGE_DIR, json.icons.outline));
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
  });
});
