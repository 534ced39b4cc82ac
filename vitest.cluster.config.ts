/**
 * `npm run test:cluster`: the cluster tests (tests/cluster/), apart from `npm test` because they start
 * Redis, nginx and two instances of the e2e fixture build (`npm run build:e2e-fixture` first).
 */
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config'

export default mergeConfig(
  { resolve: base.resolve },
  defineConfig({
    test: {
      name: 'cluster',
      environment: 'node',
      include: ['tests/cluster/**/*.test.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 150_000,
    },
  }),
)
