import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Firefox ESR over WebDriver BiDi with the Firefox build (`wxt build -b firefox --mode e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
