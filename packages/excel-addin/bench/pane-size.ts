import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Some of the built JavaScript files: their names and total size, raw and gzipped (zlib, level 9). */
export interface ChunkGroup {
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** The pane's JavaScript by when it loads. */
export interface PaneJsSize {
  /** What taskpane.html loads itself (its module script and module preloads): needed before the first render. */
  readonly startup: ChunkGroup;
  /** Chunks no page references: the pane's dynamic imports, fetched only when used. */
  readonly lazy: ChunkGroup;
  /** Chunks only the other pages (commands.html) load; the pane never fetches them. */
  readonly otherPages: ChunkGroup;
  /** Gzipped size of every file, by name, to price what the browser actually fetched. */
  readonly gzipByFile: Readonly<Record<string, number>>;
}

/**
 * JavaScript files a built HTML page references (script src, modulepreload href): `assets/<name>.js` chunks and
 * classic scripts beside the page (too-old.js, functions.js), by file name.
 */
const scriptsOf = (html: string): Set<string> =>
  new Set([...html.matchAll(/["'](?:\.?\/)?(?:assets\/)?([\w.-]+\.js)["']/g)].map((match) => match[1] ?? ''));

const group = (files: string[], raw: Map<string, number>, gzip: Map<string, number>): ChunkGroup => ({
  files: files.sort(),
  rawBytes: files.reduce((sum, file) => sum + (raw.get(file) ?? 0), 0),
  gzipBytes: files.reduce((sum, file) => sum + (gzip.get(file) ?? 0), 0),
});

/**
 * Sizes the built pane's JavaScript in `distDir`, split into start-up, lazily loaded and other pages' chunks.
 * @example (await measurePaneJs(dist)).startup.gzipBytes // bytes the pane downloads before its first render
 */
export const measurePaneJs = async (distDir: string): Promise<PaneJsSize> => {
  const assets = join(distDir, 'assets');
  const located = [
    ...(await readdir(assets))
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file, join(assets, file)]),
    ...(await readdir(distDir))
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file, join(distDir, file)]),
  ];
  const files = located.map(([file]) => file ?? '');
  const raw = new Map<string, number>();
  const gzip = new Map<string, number>();
  for (const [file = '', path = ''] of located) {
    const body = await readFile(path);
    raw.set(file, body.length);
    gzip.set(file, gzipSync(body, { level: 9 }).length);
  }
  const pages = (await readdir(distDir)).filter((file) => file.endsWith('.html'));
  if (!pages.includes('taskpane.html')) throw new Error(`no taskpane.html in ${distDir}`);
  const startup = scriptsOf(await readFile(join(distDir, 'taskpane.html'), 'utf8'));
  const others = new Set<string>();
  for (const page of pages.filter((name) => name !== 'taskpane.html'))
    for (const file of scriptsOf(await readFile(join(distDir, page), 'utf8'))) others.add(file);
  for (const file of startup) if (!raw.has(file)) throw new Error(`taskpane.html loads a missing ${file}`);
  if (startup.size === 0) throw new Error('taskpane.html loads no JavaScript from assets/');
  return {
    startup: group([...startup], raw, gzip),
    lazy: group(
      files.filter((file) => !startup.has(file) && !others.has(file)),
      raw,
      gzip,
    ),
    otherPages: group(
      files.filter((file) => !startup.has(file) && others.has(file)),
      raw,
      gzip,
    ),
    gzipByFile: Object.fromEntries(gzip),
  };
};
