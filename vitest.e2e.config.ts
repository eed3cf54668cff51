import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension (`wxt build --mode e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
