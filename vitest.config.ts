import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Server-backed suites start Java and Node servers; two cores do not take more in parallel.
    maxWorkers: 2,
  },
});
