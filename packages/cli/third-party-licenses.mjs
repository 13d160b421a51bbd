// The CLI's third-party notices, made from esbuild's metafile at build time: every package whose code the bundle
// holds (the inputs that put bytes into an output), with the licence its own package ships, and the dependencies
// npm installs beside the bundle. Built from what the bundler did, so the file cannot drift from the bundle.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The file name in dist/ (and so in the tarball). */
export const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.txt';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-][\w.-]*)?$/i;

/**
 * The nearest package.json above a file, with its folder; undefined at the file system's root.
 * @param {string} file
 * @returns {{ dir: string, pkg: Record<string, unknown> } | undefined}
 */
function owningPackage(file, cache) {
  let dir = dirname(file);
  const seen = [];
  while (true) {
    if (cache.has(dir)) break;
    seen.push(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      // Some packages keep a package.json of { "type": ... } in sub-folders; the package is the one with a name.
      if (typeof pkg.name === 'string') {
        cache.set(dir, { dir, pkg });
        break;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  const found = cache.get(dir);
  for (const child of seen) cache.set(child, found);
  return found;
}

/**
 * One package's notice: name, version, licence, home page and the licence text it ships.
 * @param {{ dir: string, pkg: Record<string, any> }} owner
 */
function noticeOf({ dir, pkg }) {
  const file = readdirSync(dir).find((name) => LICENSE_FILE.test(name));
  const repository = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  return {
    name: pkg.name,
    version: pkg.version ?? '',
    license: typeof pkg.license === 'string' ? pkg.license : 'UNKNOWN',
    homepage: pkg.homepage ?? repository,
    text: file ? readFileSync(join(dir, file), 'utf8').trim() : '',
  };
}

/**
 * The notices file for the CLI bundle.
 * @param {import('esbuild').Metafile} metafile esbuild's metafile of the build
 * @param {string} cwd the folder esbuild's metafile paths are relative to
 * @param {string} packageDir the CLI's own folder (its own package is not third-party)
 * @param {readonly string[]} dependencies the package's runtime dependencies, installed by npm beside the bundle
 * @returns {string}
 */
export function thirdPartyNotices(metafile, cwd, packageDir, dependencies) {
  const cache = new Map();
  const bundled = new Map();
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const owner = owningPackage(resolve(cwd, input), cache);
      if (!owner || owner.dir === packageDir) continue;
      bundled.set(owner.pkg.name, noticeOf(owner));
    }
  const installed = dependencies.map((name) => {
    const owner = owningPackage(join(packageDir, 'node_modules', name, 'package.json'), cache);
    if (!owner) throw new Error(`third-party notices: dependency ${name} is not installed`);
    return noticeOf(owner);
  });
  const byName = (a, b) => a.name.localeCompare(b.name);
  const rule = '='.repeat(78);
  const render = (notice) =>
    [
      rule,
      `${notice.name} ${notice.version}, ${notice.license}`,
      ...(notice.homepage ? [notice.homepage] : []),
      '',
      notice.text || `No licence file in the package; its package.json says ${notice.license}.`,
    ].join('\n');
  return [
    'Third-party software in @aifin/cli',
    'Generated at build time from the modules esbuild put in the bundle; do not edit.',
    '',
    `Bundled into dist/ (${bundled.size} packages):`,
    ...[...bundled.values()].sort(byName).map((n) => `  ${n.name} ${n.version}, ${n.license}`),
    '',
    `Installed by npm beside the bundle as dependencies, each with its own licence file (${installed.length}):`,
    ...installed.sort(byName).map((n) => `  ${n.name} ${n.version}, ${n.license}`),
    '',
    ...[...bundled.values()].sort(byName).map(render),
    '',
  ].join('\n');
}
