import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Firefox ESR over WebDriver BiDi with the Firefox build (`wxt build -b firefox --mode e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    // Launching Firefox takes seconds on a quiet machine and much longer on a busy one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
