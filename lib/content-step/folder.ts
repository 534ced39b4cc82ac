/**
 * What contentlayer2 cannot tell us about the content folder: files it skipped (broken YAML, a
 * file outside the known collections, a `.mdx` file) and frontmatter keys it dropped because no
 * field declares them. Used by the content step only; pages never read the file system.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { COLLECTIONS, DATA_FILES, type CollectionName, type ContentProblem } from '../content'
import { normaliseText, readContentText } from './text-files'

const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]
const DATA_FILE_NAMES: string[] = Object.values(DATA_FILES).map(({ file }) => file)

/** Which collection a content-relative path belongs to, if any. */
function collectionOf(sourcePath: string): CollectionName | undefined {
  const folder = sourcePath.split('/')[0]
  return COLLECTION_NAMES.find((name) => name === folder && sourcePath.endsWith('.md'))
}

/** How many Markdown files the collections hold: what the content step will render. */
export function countMarkdownFiles(root: string): number {
  return existsSync(root) ? listContentFiles(root).filter((file) => collectionOf(file) !== undefined).length : 0
}

/** Every file under the folder, content-relative, skipping dotfiles (editor swap files, .DS_Store). */
function listContentFiles(root: string, relative = ''): string[] {
  const folder = path.join(root, relative)
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const child = relative ? `${relative}/${name}` : name
      return statSync(path.join(root, child)).isDirectory() ? listContentFiles(root, child) : [child]
    })
}

/** The frontmatter block at the top of a Markdown file; group 1 is its YAML. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/

/** Reads a file's frontmatter with the YAML parser contentlayer2 uses. */
export function readFrontmatter(file: string): { data: Record<string, unknown> } | { error: string } {
  return parseFrontmatter(readContentText(file))
}

export function parseFrontmatter(text: string): { data: Record<string, unknown> } | { error: string } {
  const match = FRONTMATTER.exec(normaliseText(text))
  if (!match) return { error: 'has no frontmatter: start the file with a line "---", the fields, and another "---"' }
  try {
    const data: unknown = parseYaml(match[1]!)
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { error: 'frontmatter must be a list of "field: value" lines' }
    }
    return { data: data as Record<string, unknown> }
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    // The parser counts lines from the start of the frontmatter; editors count from the file's top.
    const line = (error.linePos?.[0].line ?? 0) + 1
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    return { error: `frontmatter is not valid YAML at line ${line}: ${reason}` }
  }
}

/**
 * Problems with files contentlayer2 did not turn into documents.
 * @param readPaths content-relative paths of the documents contentlayer2 produced
 */
export function unreadFileProblems(root: string, label: string, readPaths: Set<string>): ContentProblem[] {
  if (!existsSync(root)) return [{ file: label, message: 'content folder does not exist' }]
  const problems: ContentProblem[] = []
  for (const sourcePath of listContentFiles(root)) {
    if (readPaths.has(sourcePath)) continue
    const file = `${label}/${sourcePath}`
    if (!collectionOf(sourcePath)) {
      problems.push({
        file,
        message: DATA_FILE_NAMES.includes(sourcePath)
          ? 'could not be read (see the warning above)'
          : `not part of the content: articles, topics and authors are .md files in ${COLLECTION_NAMES.map((n) => `${label}/${n}/`).join(', ')}; the data files are ${DATA_FILE_NAMES.join(', ')}`,
      })
      continue
    }
    const frontmatter = readFrontmatter(path.join(root, sourcePath))
    problems.push({ file, message: 'error' in frontmatter ? frontmatter.error : 'could not be read (see the warning above)' })
  }
  return problems
}
