/**
 * Each article's history as git records it, read once per content step: one `git log` over the
 * articles folder, following renames the way `git log --follow` does for one file, and one
 * `git cat-file --batch` for the versions it compares. A commit changed the text when what readers
 * read (title, summary, takeaways, body) differs from the version before it; a commit that only
 * touched other frontmatter or reformatted YAML did not.
 *
 * A shallow clone (`git clone --depth 1`, CI's `fetch-depth: 1`) holds no history to read: every
 * article then has `source: 'shallow'` and no commits, its page shows the listed changes with a
 * note, and the check for unlisted edits has nothing to compare (it says so once).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import {
  dateSchema,
  GIT_HISTORY_FIELD,
  TEXT_CHANGE_KINDS,
  type Article,
  type ContentlayerDocument,
  type ContentProblem,
  type GitHistoryRecord,
  type HistorySource,
} from '../content'
import { bodyFacts, recordedBodyFacts } from '../editorial'
import { articlePath } from '../routes'
import { FRONTMATTER } from './folder'
import { normaliseText } from './text-files'

const ARTICLES = 'articles'
type RevisionRecord = GitHistoryRecord['revisions'][number]

export interface ContentHistory {
  source: HistorySource
  /** By content-relative path (`articles/x.md`); a file git does not know has no entry. */
  files: Map<string, RevisionRecord[]>
}

function git(cwd: string, args: string[], input?: string): Buffer | undefined {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 })
  return result.status === 0 ? result.stdout : undefined
}

/** The texts of these blobs, by id, from one `git cat-file --batch`. */
function readBlobs(cwd: string, ids: string[]): Map<string, string> {
  const blobs = new Map<string, string>()
  if (ids.length === 0) return blobs
  const out = git(cwd, ['cat-file', '--batch'], `${ids.join('\n')}\n`)
  if (!out) return blobs
  let offset = 0
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset)
    const [id, type, size] = out.subarray(offset, headerEnd).toString('utf8').split(' ')
    if (type !== 'blob') {
      offset = headerEnd + 1
      continue
    }
    const start = headerEnd + 1
    blobs.set(id!, out.subarray(start, start + Number(size)).toString('utf8'))
    offset = start + Number(size) + 1
  }
  return blobs
}

interface Version {
  /** What readers read, as one comparable string. */
  readerText: string
  status?: unknown
  publishedAt?: Date
}

function versionOf(text: string | undefined): Version | undefined {
  if (text === undefined) return undefined
  const normalised = normaliseText(text)
  const match = FRONTMATTER.exec(normalised)
  let data: Record<string, unknown> = {}
  try {
    const parsed: unknown = match ? parseYaml(match[1]!) : {}
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>
  } catch {
    // A version whose frontmatter did not parse compares by its text alone.
  }
  const body = (match ? normalised.slice(match[0].length) : normalised).replace(/[ \t]+$/gm, '').trim()
  const publishedAt = dateSchema.safeParse(data.publishedAt).data
  return {
    readerText: JSON.stringify([data.title ?? null, data.summary ?? null, data.takeaways ?? null, body]),
    status: data.status,
    ...(publishedAt ? { publishedAt } : {}),
  }
}

interface RawChange {
  commit: string
  date: string
  summary: string
  status: string
  oldBlob: string
  newBlob: string
  paths: string[]
}

const ZERO = /^0+$/

function parseLog(text: string): RawChange[] {
  return text.split('\x1e').flatMap((chunk) => {
    const [header, ...lines] = chunk.split('\n')
    const [commit, date, summary] = (header ?? '').split('\x1f')
    if (!commit || !date) return []
    return lines.flatMap((line): RawChange[] => {
      const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z]\d*)\t(.+)$/.exec(line)
      if (!raw) return []
      return [
        { commit, date, summary: summary ?? '', oldBlob: raw[1]!, newBlob: raw[2]!, status: raw[3]!, paths: raw[4]!.split('\t') },
      ]
    })
  })
}

const slugOfPath = (file: string) => path.basename(file, '.md')

/**
 * @param root the content folder (absolute)
 * @param files content-relative paths of the articles to follow, as they are named now
 */
export function readContentHistory(root: string, files?: string[]): ContentHistory {
  const articleFiles =
    files ??
    (existsSync(path.join(root, ARTICLES))
      ? readdirSync(path.join(root, ARTICLES))
          .filter((f) => f.endsWith('.md'))
          .map((f) => `${ARTICLES}/${f}`)
      : [])
  const inside = git(root, ['rev-parse', '--is-inside-work-tree'])?.toString().trim()
  if (inside !== 'true') return { source: 'none', files: new Map() }
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.toString().trim() === 'true')
    return { source: 'shallow', files: new Map() }
  const log = git(root, ['log', '-M', '--raw', '--no-abbrev', '--relative', '--format=%x1e%H%x1f%aI%x1f%s', '--', ARTICLES])
  if (!log) return { source: 'none', files: new Map() }
  const changes = parseLog(log.toString('utf8'))
  const blobs = readBlobs(root, [
    ...new Set(changes.flatMap(({ oldBlob, newBlob }) => [oldBlob, newBlob]).filter((id) => !ZERO.test(id))),
  ])
  // Walking from the newest commit back: which current file each path belonged to at that point.
  const tracking = new Map(articleFiles.map((file) => [file, file]))
  const histories = new Map<string, RevisionRecord[]>()
  for (const change of changes) {
    const current = change.paths[change.paths.length - 1]!
    const file = tracking.get(current)
    if (!file) continue
    const before = versionOf(ZERO.test(change.oldBlob) ? undefined : blobs.get(change.oldBlob))
    const after = versionOf(blobs.get(change.newBlob))
    const created = change.status === 'A' || change.status.startsWith('C')
    const renamed = change.status.startsWith('R') ? change.paths[0] : undefined
    const date = new Date(change.date)
    const revision: RevisionRecord = {
      commit: change.commit,
      date: change.date,
      summary: change.summary,
      textChanged: created || before?.readerText !== after?.readerText,
      created,
      whilePublic: before?.status === 'published' && before.publishedAt !== undefined && before.publishedAt <= date,
      ...(renamed ? { renamedFrom: slugOfPath(renamed) } : {}),
    }
    if (!histories.has(file)) histories.set(file, [])
    histories.get(file)!.push(revision)
    if (created || change.status === 'D') tracking.delete(current)
    else if (renamed) {
      tracking.delete(current)
      tracking.set(renamed, file)
    }
  }
  return { source: 'git', files: histories }
}

/** Puts each article's history on its document, where the snapshot and the checks read it. */
export function attachContentHistory(documents: ContentlayerDocument[], history: ContentHistory): void {
  for (const document of documents) {
    if (document.type !== 'Article') continue
    const revisions = history.files.get(document._raw.sourceFilePath)
    const source: HistorySource = history.source === 'git' && !revisions ? 'none' : history.source
    document[GIT_HISTORY_FIELD] = { source, revisions: revisions ?? [] } satisfies GitHistoryRecord
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)
const shortId = (commit: string) => commit.slice(0, 7)

/**
 * What the history says the frontmatter does not: an update with no listed change, a published
 * text edited with no listed change since, a link to an article published after this one last
 * changed (so it was added later). Checked by the content step only, where git has been read.
 */
export function historyProblems(articles: Article[], label: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  const publishedAt = new Map(articles.map((article) => [articlePath(article.slug), article]))
  for (const article of articles) {
    const file = `${label}/${article.sourcePath}`
    const changes = article.changes ?? []
    const newestListed = changes.reduce<Date | undefined>(
      (newest, { date }) => (!newest || date > newest ? date : newest),
      undefined,
    )
    if (article.updatedAt && !changes.some(({ kind }) => (TEXT_CHANGE_KINDS as readonly string[]).includes(kind))) {
      problems.push({
        file,
        field: 'changes',
        message: `updatedAt says the text changed on ${isoDay(article.updatedAt)}, but changes lists no correction or update: add one saying what changed (see docs/editing.md)`,
      })
    }
    const unlisted = (article.gitHistory?.revisions ?? []).find(
      (revision) =>
        revision.textChanged &&
        revision.whilePublic &&
        !revision.created &&
        (!newestListed || isoDay(revision.date) > isoDay(newestListed)),
    )
    if (unlisted) {
      problems.push({
        file,
        field: 'changes',
        message: `the published text changed in commit ${shortId(unlisted.commit)} on ${isoDay(unlisted.date)} ("${unlisted.summary.slice(0, 80)}"), after the newest listed change (${newestListed ? isoDay(newestListed) : 'none'}): add an entry dated ${isoDay(unlisted.date)} or later saying what changed (kind correction, update or minor)`,
      })
    }
    const since = newestListed && newestListed > article.publishedAt ? newestListed : article.publishedAt
    const facts = recordedBodyFacts(article.sourcePath) ?? bodyFacts(article.sourcePath, article.bodyMarkdown, 1)
    for (const { url, line } of facts.links) {
      const linked = publishedAt.get(url.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1'))
      if (!linked || isoDay(linked.publishedAt) <= isoDay(since)) continue
      problems.push({
        file,
        field: `line ${line}`,
        message: `"${url}" links to an article published on ${isoDay(linked.publishedAt)}, after this article last changed (${isoDay(since)}), so the link was added later: list it in changes (kind update) and set updatedAt`,
      })
    }
  }
  return problems
}
