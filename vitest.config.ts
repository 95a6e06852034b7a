import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, fast, no browser) and `e2e` (builds the site once and drives
// Debian's Chromium through playwright-core). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/eval/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // The page answers in milliseconds, but loading the index on a busy two-core CI machine can
          // take longer than expect.poll's default second: give polls the time a slow machine needs.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
