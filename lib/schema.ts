/**
 * What a valid document is. contentlayer2 reads the files; these zod schemas decide whether what it
 * read is acceptable, and the app's types are inferred from them.
 */
import { z } from 'zod'

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** zod reports a missing field as a type error; editors need to hear that it is missing. */
const requiredOr =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : message

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

export const ARTICLE_STATUSES = ['draft', 'published'] as const
export const AUTHOR_ROLES = ['writer', 'editor', 'medical-reviewer'] as const

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
}

/** The parts of a document that come from its file rather than its frontmatter. */
const fileFields = {
  slug: slugSchema,
  sourcePath: z.string(),
  bodyMarkdown: z.string(),
  bodyHtml: z.string(),
}

type ArticleDates = { publishedAt?: unknown; updatedAt?: unknown; reviewedBy?: unknown; reviewedAt?: unknown }

/**
 * Rules that relate two fields. They run even when another field is invalid (`when`), so an editor
 * sees every problem in one pass; each rule only compares values that did parse.
 */
function checkArticleFieldPairs(article: ArticleDates, ctx: z.RefinementCtx) {
  const { publishedAt, updatedAt, reviewedBy, reviewedAt } = article
  if (updatedAt instanceof Date && publishedAt instanceof Date && updatedAt < publishedAt) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before publishedAt' })
  }
  if (reviewedBy !== undefined && reviewedAt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['reviewedAt'], message: 'is required when reviewedBy is set' })
  }
}

const always = { when: () => true }

export const articleFrontmatterSchema = z.strictObject(articleFields).superRefine(checkArticleFieldPairs, always)
export const topicFrontmatterSchema = z.strictObject(topicFields)
export const authorFrontmatterSchema = z.strictObject(authorFields)

export const articleSchema = z.strictObject({ ...articleFields, ...fileFields }).superRefine(checkArticleFieldPairs, always)
export const topicSchema = z.strictObject({ ...topicFields, ...fileFields })
export const authorSchema = z.strictObject({ ...authorFields, ...fileFields })

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]
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

/** Frontmatter keys of a collection, for contentlayer2's field declarations and unknown-key checks. */
export function frontmatterKeys(collection: CollectionName): string[] {
  return Object.keys(COLLECTIONS[collection].frontmatter.shape)
}
