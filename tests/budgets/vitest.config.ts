import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The budget tests read the built extension (.output/, or PPC_OUT_DIR): run them with
// `npm run test:budgets`, which builds both browsers first.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/budgets/**/*.test.ts'],
    // web-ext lint of the Firefox build takes a minute or more on a small machine.
    testTimeout: 300_000,
  },
});
