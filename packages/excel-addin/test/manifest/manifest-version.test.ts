import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseAddinVersion,
  stampJsonManifestVersion,
  stampXmlManifestVersion,
} from '../../build-tools/manifest-version.js';
import { moveSourceMaps } from '../../build-tools/source-maps.js';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

describe('manifest versions from the package version', () => {
  it('accepts three whole numbers and refuses a pre-release, naming the value', () => {
    expect(parseAddinVersion('0.12.3')).toEqual([0, 12, 3]);
    expect(() => parseAddinVersion('1.2.0-beta.1')).toThrow(/"version".*"1\.2\.0-beta\.1"/);
    expect(() => parseAddinVersion('1.2')).toThrow(/"1\.2"/);
  });

  it('stamps the XML manifest with the four-part form and leaves everything else as it was', async () => {
    const xml = await readFile(join(PACKAGE_DIR, 'manifest.xml'), 'utf8');
    const stamped = stampXmlManifestVersion(xml, '2.7.11');
    expect(stamped).toMatch(/<Version>2\.7\.11\.0<\/Version>/);
    expect(stamped.replace('2.7.11.0', '')).toBe(xml.replace(/<Version>[^<]*/, '<Version>'));
    expect(() => stampXmlManifestVersion('<OfficeApp/>', '1.0.0')).toThrow(/exactly one <Version>/);
  });

  it('stamps the unified manifest and keeps its other fields', async () => {
    const json = await readFile(join(PACKAGE_DIR, 'manifest.json'), 'utf8');
    const stamped = JSON.parse(stampJsonManifestVersion(json, '2.7.11'));
    expect(stamped.version).toBe('2.7.11');
    expect({ ...stamped, version: undefined }).toEqual({ ...JSON.parse(json), version: undefined });
  });
});

describe('moveSourceMaps', () => {
  it('moves every .map, at any depth, out of the output folder and keeps the rest', async () => {
    const work = await mkdtemp(join(tmpdir(), 'aifin-maps-'));
    try {
      const dist = join(work, 'dist');
      await mkdir(join(dist, 'assets'), { recursive: true });
      for (const file of ['a.js', 'a.js.map', 'assets/b.js', 'assets/b.js.map', 'assets/c.png'])
        await writeFile(join(dist, file), file);
      const moved = await moveSourceMaps(dist, join(work, 'maps'));
      expect(moved).toEqual(['a.js.map', 'assets/b.js.map']);
      expect((await readdir(dist, { recursive: true })).sort()).toEqual([
        'a.js',
        'assets',
        'assets/b.js',
        'assets/c.png',
      ]);
      expect(await readFile(join(work, 'maps', 'assets', 'b.js.map'), 'utf8')).toBe('assets/b.js.map');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
