import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the bundled CLI: on a loaded 2-core machine a spawn can take a second or two.
    testTimeout: 30_000,
  },
});
