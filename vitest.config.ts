import { defineConfig } from 'vitest/config';

// One run over every package, so `pnpm test` ends with a single summary line that CI reads. Each package keeps its
// own vitest.config.ts (resolve conditions, includes, timeouts); a package without tests contributes none.
export default defineConfig({
  test: {
    projects: ['packages/*'],
    passWithNoTests: true,
  },
});
