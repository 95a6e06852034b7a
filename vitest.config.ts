import { defineConfig } from 'vitest/config';

// Four projects, so the everyday loop stays fast: `unit` (pure logic and CLI, no browser, under a
// minute: `npm run test:unit`), `eval` (the search-quality floor over the evaluation sets), `proofs`
// (the ReDoS analysis of every text and search regex, minutes of CPU) and `e2e` (builds the site
// once and drives Debian's Chromium through playwright-core). `npm test` runs all four.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'eval',
          include: ['tests/eval/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'proofs',
          include: ['tests/proofs/**/*.test.ts'],
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
