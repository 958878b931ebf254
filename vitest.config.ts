import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Unit tests first, then the browser tests alone: two cores are not enough for both at once.
          sequence: { groupOrder: 0 },
          globalSetup: ['tests/unit/setup/build-lib.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
          // A real browser on a loaded two-core machine is not perfectly deterministic (Trix's own
          // selection handling loses the race about one run in ten): a failure must repeat to count.
          retry: 1,
        },
      },
    ],
  },
});
