import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files that render components (.tsx) each get a fresh module graph and DOM; the logic and
// extraction files (.ts) share their worker's modules, which saves a setup and an import per
// file (the unit stage's largest cost).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Vitest's default is one worker fewer than the cores, which leaves a 2-core machine (this one, CI) with one
    // worker and an idle core: two workers ran the unit stage in 187 s against 277 s, same tests, same machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A test's first page loads the extractor's modules and a jsdom window in its worker: on a loaded two-core machine
    // that alone took over Vitest's default 5 s (stop 58: three such first rows timed out while other work ran beside).
    testTimeout: 20_000,
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'components', include: ['tests/unit/**/*.test.tsx'] } },
      { extends: true, test: { name: 'logic', include: ['tests/unit/**/*.test.ts'], isolate: false } },
    ],
  },
});
