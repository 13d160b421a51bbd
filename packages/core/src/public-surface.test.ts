import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import tsdown from '../tsdown.config.js';
import typedoc from '../typedoc.json' with { type: 'json' };
import * as analysis from './analysis.js';
import * as errors from './errors.js';
import * as main from './index.js';
import * as workbook from './workbook.js';

/**
 * The shape of the public surface. The API reports (etc/*.api.md, checked in CI) show every name and signature;
 * these tests hold the rules a report cannot: how large the main entry may grow, that internals stay unexported, and
 * that every entry is built, typed and documented alike.
 */

/** The most values the main entry may export (issue 17): beyond that it stops being a curated barrel. */
const MAX_MAIN_VALUES = 80;

/** Each subpath of the `exports` map, with the source file it is built from. */
const ENTRIES = {
  '.': 'index',
  './workbook': 'workbook',
  './analysis': 'analysis',
  './errors': 'errors',
} as const;

const source = (entry: string): string => readFileSync(new URL(`./${entry}.ts`, import.meta.url), 'utf8');

describe('the public surface of @aifin/core', () => {
  it(`the main entry exports at most ${MAX_MAIN_VALUES} values`, () => {
    expect(Object.keys(main).length).toBeLessThanOrEqual(MAX_MAIN_VALUES);
  });

  it('every subpath entry exports something, and the errors entry is the main entry’s error vocabulary', () => {
    for (const entry of [workbook, analysis, errors]) expect(Object.keys(entry).length).toBeGreaterThan(0);
    const mainValues = new Map(Object.entries(main));
    for (const [name, value] of Object.entries(errors)) expect(mainValues.get(name)).toBe(value);
  });

  it.each(Object.values(ENTRIES))('%s.ts re-exports nothing from src/internal/', (entry) => {
    // Export statements only: the module comment's @example imports the package by name.
    const modules = [...source(entry).matchAll(/^export\b[^;]*?from '([^']+)';/gms)].map(
      ([, from]) => from ?? '',
    );
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((from) => !from.startsWith('./') || from.startsWith('./internal/'))).toEqual([]);
  });

  it('each entry is in the exports map (source, ESM and CommonJS with types), typesVersions, tsdown and TypeDoc', () => {
    const built = tsdown as { entry: Record<string, string> };
    for (const [subpath, entry] of Object.entries(ENTRIES)) {
      const conditions = {
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
      };
      expect(packageJson.exports[subpath as keyof typeof packageJson.exports]).toEqual({
        source: `./src/${entry}.ts`,
        ...conditions,
      });
      expect(packageJson.publishConfig.exports[subpath as keyof typeof packageJson.exports]).toEqual(
        conditions,
      );
      expect(built.entry[entry]).toBe(`src/${entry}.ts`);
      expect(typedoc.entryPoints).toContain(`src/${entry}.ts`);
      if (subpath !== '.')
        expect(
          packageJson.typesVersions['*'][entry as keyof (typeof packageJson.typesVersions)['*']],
        ).toEqual([`./dist/${entry}.d.cts`]);
    }
    expect(Object.keys(packageJson.exports)).toEqual([...Object.keys(ENTRIES), './package.json']);
  });
});
