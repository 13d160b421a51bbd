import { mkdir, readdir, rename } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/**
 * Moves every `.map` file out of a built `dist/` into `mapsDir`, keeping its relative path. With Vite's
 * `sourcemap: 'hidden'` no deployed script names its map, so the maps can stay with the release for debugging
 * (load them into the browser's developer tools by hand) without being published beside the add-in.
 * @example await moveSourceMaps('/pkg/dist', '/pkg/dist-sourcemaps') // ['assets/taskpane-abc.js.map', …]
 */
export async function moveSourceMaps(outDir: string, mapsDir: string): Promise<string[]> {
  const moved: string[] = [];
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.map')) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(mapsDir, relative(outDir, from));
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    moved.push(relative(outDir, from));
  }
  return moved.sort();
}
