/**
 * Checks the project's Markdown documentation (README.md and docs/*.md) against the repository:
 *
 * - every relative Markdown link, `[text](path)`, `![alt](path)`, `[text](path#anchor)` or a
 *   reference definition `[id]: path`, must name a file or folder that exists, resolved from the
 *   file that holds it (a leading `/` from the repository's root, as GitHub does); its `#anchor`,
 *   when the target is a Markdown file, must be one of the target's headings, and so must a link
 *   that is only `#anchor`. `http:`, `https:` and `mailto:` links are not checked.
 * - every repository path named in inline code must exist: a code span that starts with a
 *   top-level folder (`lib/`, `tests/`, …) or is a root file (`next.config.ts`, …), holds no space,
 *   glob (`*`), placeholder (`<…>`, `{…}`) or `…`, with a trailing `:line` or `#…` stripped. A
 *   module path without its extension (`lib/search/client`) is found as TypeScript resolves it.
 *   Paths under a folder that .gitignore lists (`bench/.out/`, `deploy/.cluster/`) are outputs that
 *   scripts create, not repository files, and are not checked.
 *
 * Fenced code blocks are not read: what they hold is an example, a command or its output.
 * Anchors follow GitHub's rule: the heading's text, lowercased, with every character that is not a
 * letter, digit, space, hyphen or underscore dropped, and spaces turned into hyphens; a repeated
 * heading gets `-1`, `-2`, …. `<a id="…">` and `<a name="…">` count as anchors too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the checker needs to know about the repository: whether a path exists, and a file's text. */
export interface Repository {
  /** `relativePath` is relative to the repository's root, with `/` separators; a folder counts. */
  exists(relativePath: string): boolean
  /** The text of a file, or undefined when it is not a readable file. */
  read(relativePath: string): string | undefined
}

export interface DocumentFile {
  /** Relative to the repository's root, e.g. `README.md` or `docs/editing.md`. */
  path: string
  text: string
}

export interface CheckOptions {
  /** Folders (relative, ending in `/`) whose paths are not checked: outputs scripts create. */
  ignoredFolders?: readonly string[]
}

/** The first segment of a path named in inline code that makes it a repository path. */
export const TOP_LEVEL_FOLDERS = [
  'app/',
  'lib/',
  'components/',
  'content/',
  'tests/',
  'bench/',
  'scripts/',
  'deploy/',
  'docs/',
  'patches/',
  'assets/',
  '.ci/',
] as const

/** Files at the root that a code span may name on their own. */
export const ROOT_FILES = [
  'README.md',
  'package.json',
  'package-lock.json',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'instrumentation-node.ts',
  'contentlayer.config.ts',
  'cache-handler.mjs',
  'cache-handler.d.mts',
  'tsconfig.json',
  'vitest.config.ts',
  'vitest.cluster.config.ts',
  'playwright.config.ts',
  'playwright.dev.config.ts',
  'eslint.config.mjs',
  '.env.example',
  '.gitignore',
  '.prettierrc.json',
  '.prettierignore',
] as const

const MODULE_SUFFIXES = ['.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx']

/** GitHub's anchor for a heading's text (the Markdown source of the heading, without the `#`s). */
export function githubSlug(heading: string): string {
  const text = heading
    // Images and links keep their text only; inline code keeps its content.
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/<[^>]+>/g, '')
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** Replaces the text of fenced code blocks with spaces, keeping every line break and offset. */
function blankFencedCode(text: string): string {
  const lines = text.split('\n')
  let fence: string | undefined
  return lines
    .map((line) => {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      if (fence === undefined) {
        if (!opening) return line
        fence = opening[1]!
        return ' '.repeat(line.length)
      }
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length) fence = undefined
      return ' '.repeat(line.length)
    })
    .join('\n')
}

interface CodeSpan {
  index: number
  length: number
  content: string
}

/** CommonMark code spans: a run of backticks, then text, then a run of the same length. */
function codeSpans(text: string): CodeSpan[] {
  const spans: CodeSpan[] = []
  const pattern = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g
  for (const match of text.matchAll(pattern)) {
    const raw = match[2]!
    // A span does not run across a blank line (a new paragraph).
    if (/\n\s*\n/.test(raw)) continue
    const content = raw.replace(/\n/g, ' ')
    spans.push({
      index: match.index,
      length: match[0].length,
      content: /^ .* $/.test(content) && content.trim() ? content.slice(1, -1) : content,
    })
  }
  return spans
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let at = 0; at < index; at++) if (text.charCodeAt(at) === 10) line++
  return line
}

/** Every anchor a Markdown file offers: its headings' slugs and its explicit `<a id>`/`<a name>`. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of blankFencedCode(markdown).split('\n')) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)
    if (heading) {
      const slug = githubSlug(heading[1]!)
      const count = seen.get(slug) ?? 0
      seen.set(slug, count + 1)
      anchors.add(count === 0 ? slug : `${slug}-${count}`)
    }
    for (const explicit of line.matchAll(/<a\s+(?:[^>]*\s)?(?:id|name)="([^"]+)"/g)) anchors.add(explicit[1]!)
  }
  return anchors
}

const EXTERNAL = /^(https?:|mailto:)/i
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i

function normalise(relativePath: string): string {
  return path.posix.normalize(relativePath).replace(/\/$/, '')
}

function pathNamedInCode(content: string): string | undefined {
  const token = content.trim()
  if (!token || /[\s*…<>{}]/.test(token)) return undefined
  const bare = token.replace(/#.*$/, '').replace(/:\d+(?::\d+)?(?:-\d+)?$/, '')
  if (!bare) return undefined
  const isRoot = (ROOT_FILES as readonly string[]).includes(bare)
  if (!isRoot && !TOP_LEVEL_FOLDERS.some((folder) => bare.startsWith(folder))) return undefined
  return bare
}

/**
 * Checks each document against the repository and returns one line per broken item,
 * `file:line: what is wrong`, file by file in line order; an empty list means every link and path holds.
 */
export function checkDocs(documents: readonly DocumentFile[], repository: Repository, options: CheckOptions = {}): string[] {
  const problems: string[] = []
  const ignored = (options.ignoredFolders ?? []).map((folder) => folder.replace(/\/?$/, '/'))
  const anchorCache = new Map<string, Set<string> | undefined>()
  const anchorsAt = (file: string): Set<string> | undefined => {
    if (!anchorCache.has(file)) {
      const text = repository.read(file)
      anchorCache.set(file, text === undefined ? undefined : anchorsOf(text))
    }
    return anchorCache.get(file)
  }
  const isIgnored = (relativePath: string) =>
    ignored.some((folder) => relativePath === folder.slice(0, -1) || relativePath.startsWith(folder))

  for (const document of documents) {
    const text = blankFencedCode(document.text)
    const spans = codeSpans(text)
    const found: { index: number; problem: string }[] = []
    const report = (index: number, problem: string) => found.push({ index, problem })

    // (b) Paths named in inline code.
    for (const span of spans) {
      const named = pathNamedInCode(span.content)
      if (named === undefined) continue
      const relativePath = normalise(named)
      if (isIgnored(relativePath)) continue
      const exists = repository.exists(relativePath) || MODULE_SUFFIXES.some((suffix) => repository.exists(relativePath + suffix))
      if (!exists) report(span.index, `\`${span.content.trim()}\`: no such file or folder`)
    }

    // (a) Links, read with code spans blanked so that `[a](b)` inside code is not a link.
    let linkText = text
    for (const span of spans) {
      // Keep the backticks' place but blank their content (a link's text may hold code).
      linkText = linkText.slice(0, span.index) + ' '.repeat(span.length) + linkText.slice(span.index + span.length)
    }
    const targets: { index: number; target: string }[] = []
    for (const match of linkText.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*["')])?\s*\)/g)) {
      targets.push({ index: match.index, target: match[1]! })
    }
    for (const match of linkText.matchAll(/^ {0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/gm)) {
      targets.push({ index: match.index, target: match[1]! })
    }
    targets.sort((a, b) => a.index - b.index)

    for (const { index, target } of targets) {
      if (!target || EXTERNAL.test(target)) continue
      if (ANY_SCHEME.test(target)) {
        report(index, `link "${target}": only relative, http(s): and mailto: links are allowed`)
        continue
      }
      const hash = target.indexOf('#')
      const rawPath = hash === -1 ? target : target.slice(0, hash)
      const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1))
      let decoded: string
      try {
        decoded = decodeURI(rawPath.replace(/\?.*$/, ''))
      } catch {
        report(index, `link "${target}": not a valid address`)
        continue
      }
      const resolved =
        decoded === ''
          ? document.path
          : normalise(decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(path.posix.dirname(document.path), decoded))
      if (resolved.startsWith('..')) {
        report(index, `link "${target}": leaves the repository`)
        continue
      }
      if (decoded !== '' && !repository.exists(resolved)) {
        report(index, `link "${target}": ${resolved} does not exist`)
        continue
      }
      if (anchor !== undefined && /\.md$/i.test(resolved)) {
        const anchors = resolved === document.path ? anchorsOf(document.text) : anchorsAt(resolved)
        if (anchors && !anchors.has(anchor)) report(index, `link "${target}": ${resolved} has no heading #${anchor}`)
      }
    }
    found.sort((a, b) => a.index - b.index)
    for (const { index, problem } of found) problems.push(`${document.path}:${lineOf(text, index)}: ${problem}`)
  }
  return problems
}

/** The repository on disk, rooted at `root`. */
export function fileSystemRepository(root: string): Repository {
  return {
    exists: (relativePath) => existsSync(path.join(root, relativePath)),
    read: (relativePath) => {
      const file = path.join(root, relativePath)
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined
    },
  }
}

/** README.md and every Markdown file in docs/, read from disk. */
export function projectDocuments(root: string): DocumentFile[] {
  const docs = path.join(root, 'docs')
  const names = existsSync(docs)
    ? readdirSync(docs)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : []
  return ['README.md', ...names.map((name) => `docs/${name}`)].map((file) => ({
    path: file,
    text: readFileSync(path.join(root, file), 'utf8'),
  }))
}

/** The folders .gitignore lists with a path (`bench/.out/`, `deploy/.cluster/`): script outputs. */
export function gitIgnoredFolders(root: string): string[] {
  const file = path.join(root, '.gitignore')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!') && !/[*?[]/.test(line))
    .map((line) => line.replace(/^\//, ''))
    .filter((line) => line.replace(/\/$/, '').includes('/'))
    .map((line) => line.replace(/\/?$/, '/'))
}
