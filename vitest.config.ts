import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/support/summaryReporter';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('Unit')],
  },
});
