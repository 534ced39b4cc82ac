/**
 * The content step's verdict: everything wrong with the content folder, or nothing. Called by
 * contentlayer2's `onSuccess` for `contentlayer2 build` and `contentlayer2 dev` alike.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import {
  COLLECTIONS,
  DATA_FILES,
  formatProblems,
  toContentSource,
  toSourceDocument,
  validateContent,
  type ContentlayerData,
  type ContentProblem,
  type DataFileName,
} from '../content'
import { parseFrontmatter, unreadFileProblems } from './folder'
import { readContentText } from './text-files'
import { recordDocumentBodyFacts } from './documents'
import { historyProblems } from './history'
import { parse as parseYaml, YAMLParseError } from 'yaml'

/**
 * @returns the report to print, or `undefined` when the content is valid.
 * @param watching under `contentlayer2 dev`, which calls this again after every save
 * @param history also check what the articles' git history says (lib/content-step/history.ts); the
 *   documents carry it once `attachContentHistory` has run. What it finds is printed as warnings
 *   (`warn`), and refused like any problem under `strict`.
 *
 * Each file is read again as it is on disk now: `contentlayer2 dev` keeps serving the last good
 * version of a file it can no longer parse (or of a data file since deleted), and that must not
 * pass for the file the editor is looking at.
 */
export function checkContentBuild(
  data: ContentlayerData,
  root: string,
  label: string,
  {
    strict = false,
    watching = false,
    history = true,
    warn = (report: string) => console.warn(report),
  }: { strict?: boolean; watching?: boolean; history?: boolean; warn?: (report: string) => void } = {},
): string | undefined {
  const unreadable: ContentProblem[] = []
  const current = data.allDocuments.filter((document) => existsSync(path.join(root, document._raw.sourceFilePath)))
  recordDocumentBodyFacts(current)
  const source = toContentSource(current, (document) => {
    const text = readContentText(path.join(root, document._raw.sourceFilePath))
    const frontmatter = watching ? parseFrontmatterOnce(document._raw.sourceFilePath, text) : parseFrontmatter(text)
    if ('error' in frontmatter) unreadable.push({ file: `${label}/${document._raw.sourceFilePath}`, message: frontmatter.error })
    const body = document.body?.raw ?? ''
    const sourceDocument = toSourceDocument(document)
    // contentlayer2 drops frontmatter keys that no field declares; read them back so that a
    // misspelt field is reported instead of silently lost.
    const declared = new Set(Object.keys(COLLECTIONS[sourceDocument.collection].frontmatter.shape))
    const extra = 'data' in frontmatter ? Object.entries(frontmatter.data).filter(([key]) => !declared.has(key)) : []
    return {
      ...sourceDocument,
      fields: { ...sourceDocument.fields, ...Object.fromEntries(extra) },
      bodyStartLine: text.slice(0, text.length - body.length).split('\n').length,
    }
  })
  for (const name of Object.keys(source.data) as DataFileName[]) {
    const written = readDataFile(path.join(root, DATA_FILES[name].file))
    if ('error' in written) unreadable.push({ file: `${label}/${DATA_FILES[name].file}`, message: written.error })
    else source.data[name] = { ...written.data, ...(source.data[name] as object) }
  }
  // Only then: checking the stale copies too would report problems the editor's files do not have.
  if (unreadable.length > 0) return formatProblems(unreadable)
  const readPaths = new Set(current.map((document) => document._raw.sourceFilePath))
  const validated = validateContent(source, label, { strict })
  // Only on content that is otherwise valid: the history checks read parsed dates and changes.
  const fromHistory = history && validated.problems.length === 0 ? historyProblems(validated.content.articles, label) : []
  // What the history says is a warning, and a refusal at the launch gate: a build from content
  // whose frontmatter is right but whose history is not must still be able to ship a fix.
  if (!strict && fromHistory.length > 0) warn(formatWarnings(fromHistory))
  const problems = [...unreadFileProblems(root, label, readPaths), ...validated.problems, ...(strict ? fromHistory : [])]
  return problems.length > 0 ? formatProblems(problems) : undefined
}

function formatWarnings(warnings: ContentProblem[]): string {
  const lines = formatProblems(warnings).split('\n').slice(1)
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`
  return [`Content history has ${count} (CONTENT_STRICT=1 refuses them):`, ...lines].join('\n')
}

/**
 * `contentlayer2 dev` checks every file again on each save: a file's frontmatter is parsed again
 * only if the file changed since the last check.
 */
const checkedFrontmatter = new Map<string, { text: string; frontmatter: ReturnType<typeof parseFrontmatter> }>()

function parseFrontmatterOnce(sourcePath: string, text: string): ReturnType<typeof parseFrontmatter> {
  const checked = checkedFrontmatter.get(sourcePath)
  if (checked?.text === text) return checked.frontmatter
  const frontmatter = parseFrontmatter(text)
  checkedFrontmatter.set(sourcePath, { text, frontmatter })
  return frontmatter
}

/**
 * Whether the content step is the launch gate: `CONTENT_STRICT=1` (or `true`) refuses to publish
 * an article whose medical review is illustrative, overdue or older than its last update.
 */
export function isStrictContent(env: Record<string, string | undefined> = process.env): boolean {
  return ['1', 'true'].includes((env.CONTENT_STRICT ?? '').trim().toLowerCase())
}

/**
 * A data file as written. contentlayer2 drops top-level keys no field declares; merging them back
 * lets the strict schema report a misspelt key instead of losing it.
 */
function readDataFile(file: string): { data: Record<string, unknown> } | { error: string } {
  const text = readContentText(file)
  try {
    const data: unknown = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} }
  } catch (error) {
    if (error instanceof YAMLParseError || error instanceof SyntaxError) {
      return { error: `could not be read: ${error.message.split('\n')[0]!.replace(/:$/, '')}` }
    }
    throw error
  }
}
