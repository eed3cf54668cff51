import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files that render components (.tsx) each get a fresh module graph and DOM; the pure and
// extraction files (.ts) share their worker's modules, which saves a setup and an import per
// file (the unit stage's largest cost). A .ts file that needs a fresh module state says so by
// being listed in ISOLATED.
const COMPONENTS = 'tests/unit/**/*.test.tsx';
const ISOLATED: string[] = [];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'components', include: [COMPONENTS, ...ISOLATED] } },
      { extends: true, test: { name: 'logic', include: ['tests/unit/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
});
