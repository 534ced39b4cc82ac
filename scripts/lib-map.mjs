/**
 * The map of lib/, read from the code itself: every folder of lib/ and, from the header comment of
 * its index.ts, what it may import (`May import:`), its second entries (`lib/<folder>/<file>` named
 * under `Entries:`) and, where a folder is not for every caller, who may import it (`Only for:`).
 * eslint.config.mjs turns it into the boundary rules and tests/unit/lib-map.test.ts checks that
 * every header is complete, so the map the docs point to is the one the linter enforces.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The header's paragraph that starts with `label:`, up to the next field or the end of the comment. */
function field(header, label) {
  const match = header.match(new RegExp(`\\n \\* ${label}:([\\s\\S]*?)(?=\\n \\*\\s*\\n| \\*/|\\n \\* [A-Z][a-z]+(?: [a-z]+)?:)`))
  return match ? match[1].replace(/\n \*/g, ' ') : undefined
}

/** `lib/<name>` or `lib/<name>/<file>` tokens of a text, in order, once each. */
function libPaths(text) {
  return [...new Set([...(text ?? '').matchAll(/\blib\/[a-z][\w-]*(?:\/[a-z][\w-]*)?/g)].map(([token]) => token))]
}

/**
 * @returns {{ name: string, dir: string, header: string, mayImport: string[], entries: string[], onlyFor: string[] | undefined }[]}
 *   `mayImport` holds names of lib folders and of lib's top-level modules (`routes`, `site`, …);
 *   `entries` holds the second entries' names inside the folder (`client` for lib/search/client).
 */
export function readLibMap(root = PROJECT_ROOT) {
  const lib = path.join(root, 'lib')
  return readdirSync(lib)
    .filter((name) => statSync(path.join(lib, name)).isDirectory())
    .sort()
    .map((name) => {
      const index = path.join(lib, name, 'index.ts')
      const source = existsSync(index) ? readFileSync(index, 'utf8') : ''
      const header = source.startsWith('/**') ? source.slice(0, source.indexOf('*/') + 2) : ''
      // The list is the field's first sentence, asides in parentheses left out.
      const mayImportList = (field(header, 'May import') ?? '').replace(/\([^)]*\)/g, '').split(/\.(\s|$)/)[0]
      const mayImport = libPaths(mayImportList).map((token) => token.split('/')[1])
      const entries = libPaths(field(header, 'Entries'))
        .filter((token) => token.startsWith(`lib/${name}/`))
        .map((token) => token.split('/')[2])
      const onlyFor = field(header, 'Only for')
      return {
        name,
        dir: path.join(lib, name),
        header,
        mayImport,
        entries,
        onlyFor: onlyFor === undefined ? undefined : onlyFor.split(',').map((part) => part.trim().replace(/\.$/, '')),
      }
    })
}

/** lib's top-level modules (`lib/routes.ts` …), by name. */
export function readLibModules(root = PROJECT_ROOT) {
  return readdirSync(path.join(root, 'lib'))
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => file.replace(/\.tsx?$/, ''))
    .sort()
}
