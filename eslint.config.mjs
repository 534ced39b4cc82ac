/**
 * ESLint (flat config): Next.js's rules with Core Web Vitals, typescript-eslint, the React hooks
 * rules, and the architecture's own rules: no import cycles; outside a lib/ folder only its index
 * (or a second entry its index declares) is imported; a lib folder imports only what its index's
 * header allows; a folder meant only for some callers is imported by no other. Prettier owns formatting, so the rules
 * that would fight it are off (eslint-config-prettier). `npm run lint` runs it with zero warnings.
 */
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier'
import { defineConfig, globalIgnores } from 'eslint/config'
import { readLibMap, readLibModules } from './scripts/lib-map.mjs'

/**
 * The boundary rules, derived from the map of lib/ (scripts/lib-map.mjs): the folders on disk and
 * what each index.ts header says it may import, its second entries and who it is for.
 */
const LIB = readLibMap()
const LIB_NAMES = [...LIB.map(({ name }) => name), ...readLibModules()]
const ENTRIES = LIB.flatMap(({ name, entries }) => entries.map((entry) => `${name}/${entry}`))
/** Files outside tests/, bench/ and scripts/ that the boundary rules cover, besides app/, components/ and lib/. */
const ROOT_FILES = [
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'instrumentation-node.ts',
  'cache-handler.mjs',
  'contentlayer.config.ts',
]
const LIB_PREFIX = '(@/lib/|\\./lib/|(\\.\\./)+(lib/)?)'
const alternatives = (names) => names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')

const innerFiles = {
  regex: `^${LIB_PREFIX}(?!(${alternatives(ENTRIES)})$)(${alternatives(LIB.map(({ name }) => name))})/`,
  message: `Import a lib folder through its index (e.g. '@/lib/content') or a second entry its index.ts declares (${ENTRIES.map((entry) => `lib/${entry}`).join(', ')}).`,
}

/** Folders whose header says who may import them (`Only for:`), closed to the files in `group`. */
function closedFolders(group) {
  return LIB.filter(
    ({ name, onlyFor }) =>
      onlyFor &&
      !onlyFor.some((allowed) => group === allowed || group.startsWith(allowed.replace(/\/$/, '') + '/')) &&
      group !== `lib/${name}`,
  )
}

function onlyForPatterns(group) {
  return closedFolders(group).map(({ name, onlyFor }) => ({
    regex: `^${LIB_PREFIX}${name}(/|$)`,
    message: `lib/${name} is only for ${onlyFor.join(', ')} (lib/${name}/index.ts).`,
  }))
}

function boundaryRule(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] }
}

const BOUNDARIES = [
  // Outside lib/: app/, components/ and the root files go through a folder's index or declared entry.
  ...['app', 'components', ...ROOT_FILES].map((group) => ({
    files: [ROOT_FILES.includes(group) ? group : `${group}/**`],
    rules: boundaryRule([innerFiles, ...onlyForPatterns(group)]),
  })),
  // lib/'s top-level modules (routes, site, zod-messages) import no lib folder's inner files.
  { files: ['lib/*.ts'], rules: boundaryRule([innerFiles, ...onlyForPatterns('lib')]) },
  // Each folder imports only what its header's "May import" names.
  ...LIB.map(({ name, mayImport }) => {
    const forbidden = LIB_NAMES.filter((other) => other !== name && !mayImport.includes(other))
    const patterns = [innerFiles, ...onlyForPatterns(`lib/${name}`)]
    if (forbidden.length > 0) {
      patterns.push({
        regex: `^(@/lib/|\\.\\./)(${alternatives(forbidden)})(/|$)`,
        message: `lib/${name} may import ${mayImport.length > 0 ? mayImport.map((other) => `lib/${other}`).join(', ') : 'nothing of lib/'} only (its index.ts, "May import").`,
      })
    }
    return { files: [`lib/${name}/**`], rules: boundaryRule(patterns) }
  }),
]

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
      // Every package the code imports is declared in package.json, not borrowed from a dependency's dependencies.
      'import/no-extraneous-dependencies': [
        'error',
        { devDependencies: true, optionalDependencies: false, peerDependencies: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...BOUNDARIES,
])
