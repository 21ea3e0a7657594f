import { defineConfig } from 'vitest/config';
import SummaryReporter from '../support/summaryReporter';

/** Browser tests: Node drives Debian's Chromium against the built UI (dist/renderer). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('Browser')],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
