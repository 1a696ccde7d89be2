import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Server-backed suites start Java and Node servers; two cores do not take more in parallel.
    maxWorkers: 2,
    // The SDK's notice that its 2027 releases need Node.js 22, printed once per test file on Node.js 20.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // `*.test-d.ts` files hold type assertions (expectTypeOf): vitest checks them with tsc, and fails on
    // a mismatch, instead of running them (at run time they assert nothing); tsc checks those files only.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'test/tsconfig.typecheck.json' },
  },
});
