import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    // React component tests opt into jsdom per file (`// @vitest-environment jsdom`); the renderer needs no DOM.
    environment: 'node',
  },
});
