import { defineConfig } from 'tsdown';

/**
 * The published build: ES modules (`.js`, `.d.ts`) and CommonJS (`.cjs`, `.d.cts`) from the same source, so that a
 * CommonJS TypeScript file (`module: node16`, TypeScript before 5.8) can `require` the package with types, which an
 * ESM-only package cannot offer it. One file per source module (`unbundle`), as tsc wrote before, so that bundlers
 * tree-shake the ES build module by module.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    workbook: 'src/workbook.ts',
    analysis: 'src/analysis.ts',
    errors: 'src/errors.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  unbundle: true,
  fixedExtension: false,
  dts: { tsconfig: 'tsconfig.build.json' },
  sourcemap: false,
  // One line per emitted file (about 300) drowns the turbo log; warnings and errors still show.
  logLevel: 'warn',
  clean: true,
  tsconfig: 'tsconfig.build.json',
  // The declaration build is most of the time by design; rolldown's warning about it is noise in every build log.
  inputOptions: {
    checks: { pluginTimings: false },
    // Inlined constants leave bare imports behind (import '../horizon-limits.js'), which bundlers then warn about.
    optimization: { inlineConst: false },
  },
});
