import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files that render components (.tsx) each get a fresh module graph and DOM; the logic and
// extraction files (.ts) share their worker's modules, which saves a setup and an import per
// file (the unit stage's largest cost).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'components', include: ['tests/unit/**/*.test.tsx'] } },
      { extends: true, test: { name: 'logic', include: ['tests/unit/**/*.test.ts'], isolate: false } },
    ],
  },
});
