import { defineConfig } from 'vitest/config';

/** Browser tests: Node drives Debian's Chromium against the built UI (dist/renderer). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
