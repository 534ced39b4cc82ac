/**
 * ESLint (flat config): Next.js's rules with Core Web Vitals, typescript-eslint, the React hooks
 * rules, and the architecture's own rules: no import cycles, and outside a lib/ folder only its
 * main module (or its declared second entry) is imported. Prettier owns formatting, so the rules
 * that would fight it are off (eslint-config-prettier). `npm run lint` runs it with zero warnings.
 */
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier'
import { defineConfig, globalIgnores } from 'eslint/config'

const LIB_FOLDERS = ['content', 'editorial', 'search', 'publishing', 'preview', 'api']
const DECLARED_ENTRIES = ['search/client', 'content/pipeline', 'content/render-pool']

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.contentlayer/**',
    'bench/.out/**',
    '.e2e-content/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // A folder's inner files are its own business: app/, components/ and the other folders go
    // through its main module (index.ts) or a declared entry. Tests, benchmarks and scripts may
    // reach inside to test or measure a part on its own.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(@/lib/|(\\.\\./)+(lib/)?)(${LIB_FOLDERS.join('|')})/(?!(${DECLARED_ENTRIES.map((entry) => entry.split('/')[1]).join('|')})$)`,
              message:
                "Import the folder's main module (e.g. '@/lib/content' or '../content'), or its declared entry ('@/lib/search/client', 'lib/content/pipeline', 'lib/content/render-pool').",
            },
          ],
        },
      ],
    },
  },
])
