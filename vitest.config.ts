import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // tests/budgets read the built extension: `npm run test:budgets` builds, then runs them.
    exclude: ['tests/e2e/**', 'tests/budgets/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
