import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: one Chromium at a time (the machine is small and each file launches its own),
// so a single fork, no file parallelism and long timeouts. Run with `npm run test:e2e`, which builds
// the extension and the fixtures first.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: ['node_modules/**', 'tests/e2e/fixtures/**'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // The browser is shared by the tests of a file; a retry would start from a dirty page.
    retry: 0,
  },
});
