import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    // The tsconfig `paths`. `@/` only, so that `@testing-library/…` is left alone.
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: `${root}/tests/helpers/server-only-stub.ts` },
    ],
  },
  // tsconfig has `"jsx": "react-jsx"`: compile .tsx with the automatic runtime, no React import needed.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          // The content step runs contentlayer2 in a child process; a loaded machine can be slow.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/helpers/setup-dom.ts'],
        },
      },
    ],
  },
})
