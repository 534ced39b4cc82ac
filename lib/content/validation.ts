/**
 * Turns the documents contentlayer2 read into typed content, collecting every problem on the way:
 * field problems from the zod schemas, then the rules that span documents (references resolve,
 * reviewers are medical reviewers, slugs are unique). Nothing here throws for bad content; callers
 * decide whether problems fail a build (the content step) or an import (lib/content/store.ts).
 */
import type { z } from 'zod'
import { articleProblems, referenceSchema, strictAuthorProblems, strictReviewProblems } from '../editorial'
import { isPublic } from './visibility'
import { articlePath, SITE_PAGES, topicPath } from '../routes'
import { GIT_HISTORY_FIELD } from './git-history'
import {
  COLLECTIONS,
  DATA_FILES,
  type Article,
  type Author,
  type CollectionName,
  type DataFileName,
  type EditorialData,
  type Topic,
} from './schema'

/** A document as read from `content/`, before validation. */
export interface SourceDocument {
  collection: CollectionName
  /** Relative to the content folder, e.g. `articles/omega-3.md`. */
  sourcePath: string
  /** Frontmatter as read; absent and empty fields are left out. */
  fields: Record<string, unknown>
  bodyMarkdown: string
  bodyHtml: string
  /** The file's line on which the body starts (after the frontmatter); 1 when unknown. */
  bodyStartLine?: number
  /** Articles: the commits git shows for the file, added by the content step. */
  gitHistory?: unknown
}

/** Everything read from the content folder: documents, and each editorial data file's contents. */
export interface ContentSource {
  documents: SourceDocument[]
  data: Partial<Record<DataFileName, unknown>>
}

export interface ContentProblem {
  /** Path as an editor would type it, e.g. `content/articles/omega-3.md`. */
  file: string
  field?: string
  message: string
}

export interface ValidContent {
  articles: Article[]
  topics: Topic[]
  authors: Author[]
  data: EditorialData
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`
}

export function formatProblems(problems: ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  const byFile = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return [`Content has ${count}:`, ...byFile.map(formatProblem)].join('\n')
}

/** `['topics', 1]` → `topics[1]`, the way an editor reads YAML paths. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '')
}

function slugOf(sourcePath: string): string {
  return sourcePath.replace(/^.*\//, '').replace(/\.md$/, '')
}

function issuesToProblems(file: string, issues: z.core.$ZodIssue[], knownKeys: string[]): ContentProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key]),
        message: `unknown field (known: ${knownKeys.join(', ')})`,
      }))
    }
    return [{ file, field: fieldPath(issue.path) || undefined, message: issue.message }]
  })
}

function known(slugs: Iterable<string>): string {
  return [...slugs].sort().join(', ') || 'none'
}

/**
 * Validates every document, the editorial data files and the references between them.
 * @param contentDirLabel how the content folder is named in messages, e.g. `content`.
 * @param options.checkBodies also check each article's links and wording (the content step does;
 *   pages loading content the step already checked need not parse every body again).
 * @param options.now the time that decides which articles are public, for internal links.
 * @param options.strict the launch gate (`CONTENT_STRICT=1`): also refuse every `published` article
 *   whose writer is illustrative, or whose medical review is illustrative, overdue or older than its
 *   last update.
 */
export function validateContent(
  { documents, data: rawData }: ContentSource,
  contentDirLabel: string,
  { checkBodies = true, now = new Date(), strict = false }: { checkBodies?: boolean; now?: Date; strict?: boolean } = {},
): { content: ValidContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const fileOf = (sourcePath: string) => `${contentDirLabel}/${sourcePath}`
  const data = parseEditorialData(rawData, fileOf, problems)
  const parsed: { [C in CollectionName]: { sourcePath: string; value: z.output<(typeof COLLECTIONS)[C]['document']> }[] } = {
    articles: [],
    topics: [],
    authors: [],
  }

  // contentlayer2 returns documents in file-system order; sort so that "first" and every message
  // are the same on every machine.
  const ordered = [...documents].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0))
  for (const document of ordered) {
    const { document: schema, frontmatter } = COLLECTIONS[document.collection]
    if (GIT_HISTORY_FIELD in document.fields) {
      problems.push({ file: fileOf(document.sourcePath), field: GIT_HISTORY_FIELD, message: 'is written by the content step from git; remove it from the frontmatter' })
    }
    const result = schema.safeParse({
      ...document.fields,
      ...(document.collection === 'articles' && document.gitHistory !== undefined ? { [GIT_HISTORY_FIELD]: document.gitHistory } : {}),
      slug: slugOf(document.sourcePath),
      sourcePath: document.sourcePath,
      bodyMarkdown: document.bodyMarkdown,
      bodyHtml: document.bodyHtml,
    })
    if (result.success) {
      ;(parsed[document.collection] as { sourcePath: string; value: unknown }[]).push({ sourcePath: document.sourcePath, value: result.data })
    } else {
      problems.push(...issuesToProblems(fileOf(document.sourcePath), result.error.issues, Object.keys(frontmatter.shape)))
    }
  }

  for (const collection of Object.keys(parsed) as CollectionName[]) {
    const firstBySlug = new Map<string, string>()
    for (const { sourcePath, value } of parsed[collection]) {
      const earlier = firstBySlug.get(value.slug)
      if (earlier) {
        problems.push({ file: fileOf(sourcePath), field: 'slug', message: `"${value.slug}" is also used by ${fileOf(earlier)}` })
      } else {
        firstBySlug.set(value.slug, sourcePath)
      }
    }
  }

  problems.push(...referenceProblems(documents, fileOf))
  const moved = previousSlugProblems(parsed.articles, fileOf, problems)

  // An article may link only to articles readers can open now: a link to a draft or a scheduled
  // article would be a broken link and would give its address away before it is public.
  const linkable = new Set(
    parsed.articles
      .filter(({ value }) => isPublic(value, now))
      .map(({ value }) => articlePath(value.slug))
      .concat(documents.filter((d) => d.collection === 'topics').map((d) => topicPath(slugOf(d.sourcePath))))
      .concat(SITE_PAGES),
  )
  const bodyStartLines = new Map(documents.map((d) => [d.sourcePath, d.bodyStartLine ?? 1]))
  for (const { sourcePath, value } of parsed.articles) {
    problems.push(
      ...articleProblems(value, {
        file: fileOf(sourcePath),
        bodyStartLine: bodyStartLines.get(sourcePath) ?? 1,
        data,
        isKnownPath: (path) => linkable.has(path),
        movedTo: (path) => {
          const target = moved.get(path)
          return target !== undefined && linkable.has(target) ? target : undefined
        },
        checkBodies,
      }),
    )
  }

  if (strict) problems.push(...strictProblems(parsed.articles, parsed.authors, fileOf, now))

  return {
    content: {
      articles: parsed.articles.map(({ value }) => value),
      topics: parsed.topics.map(({ value }) => value),
      authors: parsed.authors.map(({ value }) => value),
      data,
    },
    problems,
  }
}

/**
 * An article's `previousSlugs` are addresses that redirect to it, so none may be a live slug or
 * another article's old one. Returns each old article address with the address it redirects to.
 */
function previousSlugProblems(
  articles: { sourcePath: string; value: Article }[],
  fileOf: (sourcePath: string) => string,
  problems: ContentProblem[],
): Map<string, string> {
  const live = new Map(articles.map(({ sourcePath, value }) => [value.slug, sourcePath]))
  const owners = new Map<string, string>()
  const moved = new Map<string, string>()
  for (const { sourcePath, value } of articles) {
    value.previousSlugs?.forEach((old, index) => {
      const problem = (message: string) => problems.push({ file: fileOf(sourcePath), field: `previousSlugs[${index}]`, message })
      const liveFile = live.get(old)
      const owner = owners.get(old)
      if (old === value.slug) problem(`"${old}" is this article's own slug; list only slugs it had before`)
      else if (liveFile) problem(`"${old}" is the slug of ${fileOf(liveFile)}: an old address cannot also be a live one`)
      else if (owner) problem(`"${old}" is also a previous slug of ${fileOf(owner)}: an old address redirects to one article`)
      else {
        owners.set(old, sourcePath)
        moved.set(articlePath(old), articlePath(value.slug))
      }
    })
  }
  return moved
}

/**
 * The launch gate: every `published` article (public, or scheduled to go live without a rebuild)
 * must name a real writer, and a real reviewer whose review covers its current text and is not
 * overdue.
 */
function strictProblems(
  articles: { sourcePath: string; value: Article }[],
  authors: { sourcePath: string; value: Author }[],
  fileOf: (sourcePath: string) => string,
  now: Date,
): ContentProblem[] {
  const authorsBySlug = new Map(authors.map(({ sourcePath, value }) => [value.slug, { ...value, file: fileOf(sourcePath) }]))
  return articles
    .filter(({ value }) => value.status === 'published')
    .flatMap(({ sourcePath, value }) =>
      [
        ...strictAuthorProblems(value, authorsBySlug.get(value.author)),
        ...strictReviewProblems(value, authorsBySlug.get(value.reviewedBy ?? ''), now),
      ].map((problem) => ({ file: fileOf(sourcePath), ...problem })),
    )
}

const EMPTY_DATA: EditorialData = {
  bibliography: { references: [] },
  linkAllowlist: { domains: [] },
  bannedPhrases: { phrases: [] },
  searchSynonyms: { groups: [] },
}

function parseEditorialData(
  raw: ContentSource['data'],
  fileOf: (sourcePath: string) => string,
  problems: ContentProblem[],
): EditorialData {
  const data = { ...EMPTY_DATA }
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    const { file, schema } = DATA_FILES[name]
    if (raw[name] === undefined) {
      problems.push({ file: fileOf(file), message: 'is missing; every content folder has one (see docs/editing.md)' })
      continue
    }
    const result = schema.safeParse(raw[name])
    if (result.success) {
      ;(data as Record<DataFileName, unknown>)[name] = result.data
    } else {
      problems.push(...issuesToProblems(fileOf(file), result.error.issues, Object.keys(schema.shape)))
    }
  }
  // One malformed entry should not make every article's citations of the others look unknown.
  if (raw.bibliography !== undefined && data.bibliography.references.length === 0) {
    const entries = (raw.bibliography as { references?: unknown }).references
    data.bibliography = {
      references: Array.isArray(entries) ? entries.flatMap((entry) => referenceSchema.safeParse(entry).data ?? []) : [],
    }
  }
  return data
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * References between documents, checked on the fields as written so that an article whose title
 * is also wrong still hears about its unknown topic. A document that failed its own schema still
 * counts as existing, so one broken topic file is reported once, not again by every article.
 */
function referenceProblems(documents: SourceDocument[], fileOf: (sourcePath: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = []
  const slugsOf = (collection: CollectionName) =>
    new Set(documents.filter((d) => d.collection === collection).map((d) => slugOf(d.sourcePath)))
  const topicSlugs = slugsOf('topics')
  const authorSlugs = slugsOf('authors')
  const roles = new Map(
    documents.filter((d) => d.collection === 'authors').map((d) => [slugOf(d.sourcePath), asString(d.fields.role)]),
  )
  const reviewers = [...roles].filter(([, role]) => role === 'medical-reviewer').map(([slug]) => slug)

  for (const article of documents.filter((d) => d.collection === 'articles')) {
    const file = fileOf(article.sourcePath)
    const { topics, author, reviewedBy } = article.fields
    if (Array.isArray(topics)) {
      topics.forEach((topic, index) => {
        if (typeof topic === 'string' && !topicSlugs.has(topic)) {
          problems.push({ file, field: `topics[${index}]`, message: `unknown topic "${topic}" (known: ${known(topicSlugs)})` })
        }
      })
    }
    for (const [field, slug] of [['author', asString(author)], ['reviewedBy', asString(reviewedBy)]] as const) {
      if (slug !== undefined && !authorSlugs.has(slug)) {
        problems.push({ file, field, message: `unknown author "${slug}" (known: ${known(authorSlugs)})` })
      }
    }
    const reviewerRole = roles.get(asString(reviewedBy) ?? '')
    if (reviewerRole !== undefined && reviewerRole !== 'medical-reviewer') {
      problems.push({
        file,
        field: 'reviewedBy',
        message: `"${String(reviewedBy)}" has role "${reviewerRole}", but a reviewer must be a medical-reviewer (medical reviewers: ${known(reviewers)})`,
      })
    }
  }
  return problems
}
