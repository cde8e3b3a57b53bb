import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests that share nothing run in parallel; each uses its own temp data folder.
    pool: 'forks',
    setupFiles: ['test/cleanup.ts'],
  },
});
