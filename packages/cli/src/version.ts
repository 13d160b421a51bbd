// Replaced by the bundler (build.mjs) and by vitest (vitest.config.ts) with the package version.
declare const __AIFIN_VERSION__: string | undefined;

/** The CLI's version, as `aifin --version` prints it. */
export const VERSION: string = typeof __AIFIN_VERSION__ === 'string' ? __AIFIN_VERSION__ : '0.0.0-dev';
