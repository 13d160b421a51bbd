import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary } from './support/binary.js';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** Every package the built bundle imports or requires at run time: what it leaves external. */
const bundleExternals = (): readonly string[] => {
  const names = new Set<string>();
  const dist = join(packageDir, 'dist');
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const match of code.matchAll(
      // A bare specifier: a package name, never code that happens to follow the word "from" in a string.
      /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)["']/g,
    )) {
      const specifier = match[1] ?? '';
      if (isBuiltin(specifier)) continue;
      names.add(
        specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    }
  }
  return [...names].sort();
};

describe('the @aifin/cli package', () => {
  beforeAll(ensureBinary);

  it('depends on exactly what its bundle leaves external, so it installs alone (npm i -g)', () => {
    expect(bundleExternals()).toEqual(['exceljs', 'jszip']);
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(bundleExternals());
  });

  it('keeps what the bundle carries (core, commander, cli-table3, cli-progress) out of its dependencies', () => {
    for (const bundled of ['@aifin/core', 'commander', 'cli-table3', 'cli-progress']) {
      expect(pkg.dependencies?.[bundled], bundled).toBeUndefined();
      expect(pkg.devDependencies?.[bundled], bundled).toBeDefined();
    }
  });
});
