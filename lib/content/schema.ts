/**
 * What a valid document is. contentlayer2 reads the files; these zod schemas decide whether what it
 * read is acceptable, and the app's types are inferred from them.
 */
import { z } from 'zod'
import { bibliographySchema , EVIDENCE_GRADES , bannedPhrasesSchema , linkAllowlistSchema } from '../editorial'
import { searchSynonymsSchema } from './synonyms'
import { gitHistorySchema } from './git-history'
import { requiredOr } from '../zod-messages'

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugSchema = z
  .string({ error: requiredOr('must be text') })
  .regex(KEBAB_CASE, { error: 'must be lowercase kebab-case, e.g. "omega-3-and-skin"' })

/**
 * A calendar date (`2026-03-01`, midnight UTC) or a date-time with an explicit offset
 * (`2026-03-01T09:00:00Z`). A time without an offset is refused because it would mean a different
 * instant on every machine that builds the site.
 */
export const dateSchema = z
  .string({ error: requiredOr('must be a date like 2026-03-01 or 2026-03-01T09:00:00Z') })
  .refine((value) => z.iso.date().safeParse(value).success || z.iso.datetime({ offset: true }).safeParse(value).success, {
    error: 'must be a date like 2026-03-01 or a date-time with an offset like 2026-03-01T09:00:00Z',
  })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))

const text = (field: string, max: number) =>
  z
    .string({ error: requiredOr('must be text') })
    .trim()
    .min(1, { error: `must not be empty` })
    .max(max, { error: (issue) => `${field} is ${String(issue.input).length} characters; the limit is ${max}` })

/** `review`: the writer has finished; a medical reviewer acts next. Never public, like a draft. */
export const ARTICLE_STATUSES = ['draft', 'review', 'published'] as const

/** A bibliography key as written in `cites` and in `[@key]` citations. */
const referenceKeySchema = z
  .string({ error: requiredOr('must be a bibliography id') })
  .regex(/^[a-z0-9][a-z0-9_.:-]*$/, { error: 'must be a bibliography id, e.g. "salem-2018-gut-skin-axis"' })

/** A claim stated in the article's "Key takeaways" box, graded against its sources. */
const takeawaySchema = z.strictObject({
  text: z.string({ error: requiredOr('must be text') }).trim().min(1, { error: 'must not be empty' }).max(300, {
    error: (issue) => `is ${String(issue.input).length} characters; the limit is 300`,
  }),
  evidence: z.enum(EVIDENCE_GRADES, { error: requiredOr(`must be one of: ${EVIDENCE_GRADES.join(', ')}`) }),
  cites: z.array(referenceKeySchema, { error: requiredOr('must be a list of bibliography ids') }).min(1, {
    error: 'must name at least one bibliography entry',
  }),
})
export const AUTHOR_ROLES = ['writer', 'editor', 'medical-reviewer'] as const

/**
 * What kind of change an entry of `changes` records: `correction` (a fact was wrong), `update`
 * (new evidence or new text), `review` (reviewed again, nothing changed), `minor` (a typo or
 * formatting; not listed to readers). docs/editing.md says when to use which.
 */
export const CHANGE_KINDS = ['correction', 'update', 'review', 'minor'] as const
/** The kinds that change what readers read, and so move `updatedAt`. */
export const TEXT_CHANGE_KINDS = ['correction', 'update'] as const

/** One change to a published article, in the writer's words for readers. */
const changeSchema = z.strictObject({
  date: dateSchema,
  kind: z.enum(CHANGE_KINDS, { error: requiredOr(`must be one of: ${CHANGE_KINDS.join(', ')}`) }),
  summary: text('summary', 300),
})

const articleFields = {
  title: text('title', 120),
  summary: text('summary', 280),
  publishedAt: dateSchema,
  updatedAt: dateSchema.optional(),
  status: z.enum(ARTICLE_STATUSES, { error: requiredOr(`must be one of: ${ARTICLE_STATUSES.join(', ')}`) }),
  topics: z.array(slugSchema, { error: requiredOr('must be a list of topic slugs, e.g. [dysbiosis, nutrients]') }).min(1, {
    error: 'must name at least one topic',
  }),
  author: slugSchema,
  reviewedBy: slugSchema.optional(),
  reviewedAt: dateSchema.optional(),
  reviewCovers: dateSchema.optional(),
  takeaways: z.array(takeawaySchema, { error: 'must be a list of { text, evidence, cites }' }).optional(),
  changes: z.array(changeSchema, { error: 'must be a list of { date, kind, summary }' }).optional(),
  /** The article's earlier slugs: their addresses answer a permanent redirect to this one. */
  previousSlugs: z.array(slugSchema, { error: 'must be a list of earlier slugs, e.g. [omega-3-and-skin]' }).optional(),
}

const topicFields = {
  title: text('title', 80),
  description: text('description', 280),
  order: z.number({ error: requiredOr('must be a number') }).int({ error: 'must be a whole number' }).optional(),
}

const authorFields = {
  name: text('name', 120),
  role: z.enum(AUTHOR_ROLES, { error: requiredOr(`must be one of: ${AUTHOR_ROLES.join(', ')}`) }),
  credentials: text('credentials', 120).optional(),
  /** A placeholder profile, not a real person: an article it reviews makes no claim of a medical review. */
  illustrative: z.boolean({ error: requiredOr('must be true or false') }).optional(),
}

/** The parts of a document that come from its file rather than its frontmatter. */
const fileFields = {
  slug: slugSchema,
  sourcePath: z.string(),
  bodyMarkdown: z.string(),
  bodyHtml: z.string(),
}

/** An article's file as git knows it, added by the content step (lib/content-step/history.ts), not written by editors. */
const articleFileFields = {
  ...fileFields,
  gitHistory: gitHistorySchema.optional(),
}

type ArticleDates = {
  status?: unknown
  publishedAt?: unknown
  updatedAt?: unknown
  reviewedBy?: unknown
  reviewedAt?: unknown
  reviewCovers?: unknown
  changes?: unknown
}

/**
 * Rules that relate two fields. They run even when another field is invalid (`when`), so an editor
 * sees every problem in one pass; each rule only compares values that did parse.
 */
function checkArticleFieldPairs(article: ArticleDates, ctx: z.RefinementCtx) {
  const { status, publishedAt, updatedAt, reviewedBy, reviewedAt } = article
  if (updatedAt instanceof Date && publishedAt instanceof Date && updatedAt < publishedAt) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before publishedAt' })
  }
  if (status === 'published' && reviewedBy === undefined) {
    ctx.addIssue({ code: 'custom', path: ['reviewedBy'], message: 'is required for a published article: name its medical reviewer' })
  }
  if (reviewedBy !== undefined && reviewedAt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['reviewedAt'], message: 'is required when reviewedBy is set' })
  }
  checkReviewCovers(article, ctx)
  checkChanges(article, ctx)
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10)

/**
 * `changes` and the dates beside it tell one story: no change before publication, `updatedAt` is
 * the day of the newest correction or update, and a `review` entry is a review `reviewedAt` knows.
 */
function checkChanges({ changes, publishedAt, updatedAt, reviewedAt }: ArticleDates, ctx: z.RefinementCtx) {
  if (!Array.isArray(changes)) return
  const dated = changes.flatMap((change: unknown, index) => {
    const { date, kind } = (change ?? {}) as { date?: unknown; kind?: unknown }
    return date instanceof Date && typeof kind === 'string' ? [{ date, kind, index }] : []
  })
  for (const { date, index } of dated) {
    if (publishedAt instanceof Date && dayOf(date) < dayOf(publishedAt)) {
      ctx.addIssue({ code: 'custom', path: ['changes', index, 'date'], message: 'must not be before publishedAt' })
    }
  }
  for (const { date, kind, index } of dated) {
    if (kind === 'review' && (!(reviewedAt instanceof Date) || dayOf(reviewedAt) < dayOf(date))) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', index, 'date'],
        message: 'records a medical review, so reviewedAt must be on or after it',
      })
    }
  }
  const textChanges = dated.filter(({ kind }) => (TEXT_CHANGE_KINDS as readonly string[]).includes(kind))
  const newest = textChanges.reduce<(typeof textChanges)[number] | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined)
  if (newest && !(updatedAt instanceof Date)) {
    ctx.addIssue({
      code: 'custom',
      path: ['updatedAt'],
      message: `is required when changes lists a ${newest.kind}: set it to ${dayOf(newest.date)}, the newest one (changes[${newest.index}])`,
    })
  } else if (newest && updatedAt instanceof Date && dayOf(updatedAt) !== dayOf(newest.date)) {
    ctx.addIssue({
      code: 'custom',
      path: ['updatedAt'],
      message: `must be the day of the newest correction or update in changes (${dayOf(newest.date)}, changes[${newest.index}])`,
    })
  }
}

/** `reviewCovers` names an update after the review that the review still covers (see docs/editing.md). */
function checkReviewCovers({ updatedAt, reviewedAt, reviewCovers }: ArticleDates, ctx: z.RefinementCtx) {
  if (reviewCovers === undefined) return
  const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['reviewCovers'], message })
  if (reviewedAt === undefined) return issue('needs reviewedAt: it names an update the last medical review covers')
  if (updatedAt === undefined) return issue('needs updatedAt: it names the update the last medical review covers')
  if (!(reviewCovers instanceof Date && updatedAt instanceof Date && reviewedAt instanceof Date)) return
  if (reviewCovers > updatedAt) issue('must not be after updatedAt: it names an update that happened')
  else if (reviewCovers <= reviewedAt) issue('must be after reviewedAt: a review already covers the text before it')
}

const always = { when: () => true }

export const articleFrontmatterSchema = z.strictObject(articleFields).superRefine(checkArticleFieldPairs, always)
export const topicFrontmatterSchema = z.strictObject(topicFields)
export const authorFrontmatterSchema = z.strictObject(authorFields)

export const articleSchema = z.strictObject({ ...articleFields, ...articleFileFields }).superRefine(checkArticleFieldPairs, always)
export const topicSchema = z.strictObject({ ...topicFields, ...fileFields })
export const authorSchema = z.strictObject({ ...authorFields, ...fileFields })

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]
export type Takeaway = z.output<typeof takeawaySchema>
export type ChangeKind = (typeof CHANGE_KINDS)[number]
export type ArticleChange = z.output<typeof changeSchema>
export type AuthorRole = (typeof AUTHOR_ROLES)[number]
export type Article = z.output<typeof articleSchema>
export type Topic = z.output<typeof topicSchema>
export type Author = z.output<typeof authorSchema>

/** One schema per collection, keyed by the folder its files live in. */
export const COLLECTIONS = {
  articles: { documentType: 'Article', frontmatter: articleFrontmatterSchema, document: articleSchema },
  topics: { documentType: 'Topic', frontmatter: topicFrontmatterSchema, document: topicSchema },
  authors: { documentType: 'Author', frontmatter: authorFrontmatterSchema, document: authorSchema },
} as const

export type CollectionName = keyof typeof COLLECTIONS

/**
 * Editorial data beside the collections, one file each, validated like documents. contentlayer2
 * reads them as singleton data documents.
 */
export const DATA_FILES = {
  bibliography: { documentType: 'Bibliography', file: 'bibliography.json', schema: bibliographySchema },
  linkAllowlist: { documentType: 'LinkAllowlist', file: 'link-allowlist.yaml', schema: linkAllowlistSchema },
  bannedPhrases: { documentType: 'BannedPhrases', file: 'banned-phrases.yaml', schema: bannedPhrasesSchema },
  searchSynonyms: { documentType: 'SearchSynonyms', file: 'search-synonyms.yaml', schema: searchSynonymsSchema },
} as const

export type DataFileName = keyof typeof DATA_FILES
export type EditorialData = { [Name in DataFileName]: z.output<(typeof DATA_FILES)[Name]['schema']> }

/** Top-level keys of a data file, for contentlayer2's field declarations. */
export function dataFileKeys(name: DataFileName): string[] {
  return Object.keys(DATA_FILES[name].schema.shape)
}

/** Frontmatter keys of a collection, for contentlayer2's field declarations and unknown-key checks. */
export function frontmatterKeys(collection: CollectionName): string[] {
  return Object.keys(COLLECTIONS[collection].frontmatter.shape)
}

/** The content folder, from `CONTENT_DIR` (relative to the project) or `content/`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR || 'content'
}
