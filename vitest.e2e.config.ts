import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: a real svpp server on SQLite and Debian's chromium driven by playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
