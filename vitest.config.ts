import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds; loading both breaks `instanceof` checks.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // type-graphql's decorators need the metadata polyfill before any decorated class loads.
    setupFiles: ['reflect-metadata'],
    // One shared Neo4j: files run one at a time so mutation tests never race the seed-count tests.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
