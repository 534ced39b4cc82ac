/**
 * THE contract of the content API: every response body and every parameter, as zod schemas. The
 * OpenAPI document (openapi.ts) is generated from these, the client types from that document, and
 * the unit and browser tests validate real answers against it; request parsing (params.ts) uses
 * the parameter schemas. Change a field here and all of those follow.
 *
 * Objects are strict: the document says `additionalProperties: false`, so an answer carrying a
 * field the contract does not name fails the contract tests.
 */
import { z } from 'zod'
import 'zod-openapi'
import { EVIDENCE_GRADES, REFERENCE_TYPES } from '../editorial'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const dateTime = z.iso.datetime().meta({ description: 'UTC, ISO 8601', example: '2026-10-12T00:00:00.000Z' })
const slug = z.string().regex(SLUG)
const sitePath = z.string().regex(/^\//).meta({ description: 'A path on this site' })

/** An article's state: readers only ever get `public`; with the preview token also `draft`, `review` and `scheduled`. */
export const publicationSchema = z.enum(['public', 'draft', 'review', 'scheduled']).meta({
  id: 'Publication',
  description:
    '`public` for every answer without the preview token; with it, also `draft`, `review` (ready for medical review) or `scheduled` (not yet public).',
})

export const topicRefSchema = z
  .strictObject({
    slug,
    title: z.string(),
    url: z.url().meta({ description: "The topic's page on the site" }),
    apiPath: sitePath,
  })
  .meta({ id: 'TopicRef' })

export const authorRefSchema = z
  .strictObject({
    slug,
    name: z.string(),
    role: z.enum(['writer', 'editor', 'medical-reviewer']),
    credentials: z
      .string()
      .nullable()
      .meta({ description: "A real person's credentials; `null` when there are none, and always for an illustrative profile" }),
    illustrative: z.boolean().meta({ description: 'A placeholder person (demo content), not a real writer or reviewer' }),
    notice: z
      .string()
      .nullable()
      .meta({ description: 'For an illustrative profile, the notice the site shows beside its name; `null` for a real person' }),
    url: z.url().meta({ description: "The author's page on the site" }),
    apiPath: sitePath,
  })
  .meta({ id: 'AuthorRef' })

export const reviewSchema = z
  .strictObject({
    claim: z.enum(['reviewed', 'overdue', 'updated-after-review', 'illustrative']).meta({
      description:
        'What may be claimed: `reviewed` (a real review covers the current text), `overdue` (it does, but the next review is past due), `updated-after-review` (the text changed after its last review), `illustrative` (the reviewer named is a placeholder: no medical review took place)',
    }),
    statement: z.string().meta({ description: 'What the article page says where its review line stands' }),
    coversCurrentText: z.boolean().meta({ description: 'A real medical review covers the text as it is now' }),
    reviewedAt: dateTime.nullable().meta({ description: 'The last real review; `null` when the reviewer is illustrative' }),
    nextReviewDue: dateTime
      .nullable()
      .meta({ description: 'Twelve months after the review; `null` when the reviewer is illustrative' }),
    overdue: z.boolean().meta({ description: 'The next review is past due, as the page says' }),
  })
  .meta({ id: 'Review', description: 'The medical review, as the article page tells it now; `null` for an unreviewed draft.' })

export const articleSummarySchema = z
  .strictObject({
    slug,
    url: z.url().meta({ description: "The article's page on the site" }),
    apiPath: sitePath,
    title: z.string(),
    summary: z.string(),
    publishedAt: dateTime,
    updatedAt: dateTime.nullable(),
    lastModified: dateTime.meta({ description: '`updatedAt`, else `publishedAt`' }),
    publication: publicationSchema,
    topics: z.array(topicRefSchema),
    author: authorRefSchema,
    readingMinutes: z.int().min(1),
    review: reviewSchema.nullable(),
  })
  .meta({ id: 'ArticleSummary' })

export const referenceSchema = z
  .strictObject({
    number: z.int().min(1).meta({ description: 'Its number in the article, as the superscripts show it' }),
    id: z.string(),
    title: z.string(),
    authors: z.string(),
    journal: z.string(),
    year: z.int(),
    type: z.enum(REFERENCE_TYPES),
    doi: z.string().nullable(),
    pmid: z.string().nullable(),
    pmcid: z.string().nullable(),
    doiUrl: z.url().nullable(),
    pubmedUrl: z.url().nullable(),
    url: z.url().nullable().meta({ description: 'Where a reader checks it: the DOI, else PubMed, else the recorded link' }),
    citedInBody: z.boolean().meta({ description: 'Cited in the body (otherwise only by a takeaway)' }),
  })
  .meta({ id: 'Reference' })

export const takeawaySchema = z
  .strictObject({
    text: z.string(),
    evidence: z.enum(EVIDENCE_GRADES),
    evidenceLabel: z.string(),
    evidenceExplanation: z.string(),
    references: z.array(z.int().min(1)).meta({ description: 'Numbers of its sources in `references`' }),
  })
  .meta({ id: 'Takeaway' })

export const changeSchema = z
  .strictObject({
    date: dateTime,
    kind: z.enum(['correction', 'update', 'review']).meta({
      description: '`correction` (a fact was wrong), `update` (new evidence or text), `review` (reviewed again, no change)',
    }),
    summary: z.string().meta({ description: "What changed, in the writer's words for readers" }),
    reviewed: z.boolean().meta({ description: 'A real medical review dated on or after the change covers it' }),
  })
  .meta({ id: 'Change' })

export const revisionSchema = z
  .strictObject({
    commit: z.string().meta({ description: 'The git commit id' }),
    date: dateTime.meta({ description: "The commit's author date" }),
    textChanged: z.boolean().meta({ description: 'What readers read (title, summary, takeaways, body) changed' }),
    created: z.boolean().meta({ description: 'The commit created the file' }),
    renamedFrom: slug.nullable().meta({ description: 'The slug the article had before this commit renamed it' }),
    reviewed: z.boolean().meta({ description: 'A real medical review dated on or after the commit covers it' }),
  })
  // No commit message: it is written for the team, not for readers, and may name work that is not public.
  .meta({ id: 'Revision' })

export const historySchema = z
  .strictObject({
    publishedAt: dateTime,
    lastUpdated: dateTime.nullable().meta({ description: 'The newest correction or update (`updatedAt`)' }),
    changes: z.array(changeSchema).meta({ description: 'Listed changes, newest first; typo fixes are not listed' }),
    revisions: z.array(revisionSchema).meta({ description: 'Commits that touched the file, newest first' }),
    source: z.enum(['git', 'shallow', 'none']).meta({
      description:
        '`git`: every commit is listed; `shallow`: built from a shallow clone, no commits; `none`: the file is not in git',
    }),
    note: z.string().nullable().meta({ description: 'What readers are told when the commit record is missing' }),
  })
  .meta({ id: 'History', description: "The article's history: the changes listed for readers and the commits behind them" })

const articleLinkSchema = z.strictObject({ slug, title: z.string(), url: z.url(), apiPath: sitePath }).meta({ id: 'ArticleLink' })

export const articleSchema = articleSummarySchema
  .extend({
    reviewer: authorRefSchema.nullable(),
    takeaways: z.array(takeawaySchema),
    references: z.array(referenceSchema),
    bodyHtml: z.string().meta({ description: 'Sanitised HTML, as the page shows it; site links are relative' }),
    bodyMarkdown: z.string(),
    related: z.array(articleSummarySchema).meta({ description: 'Public articles to read next' }),
    newer: articleLinkSchema.nullable(),
    older: articleLinkSchema.nullable(),
    history: historySchema,
    previousSlugs: z.array(slug).meta({ description: 'Earlier slugs; their addresses answer 308 to this article' }),
  })
  .meta({ id: 'Article' })

export const articlePageSchema = z
  .strictObject({
    data: z.array(articleSummarySchema),
    total: z.int().min(0).meta({ description: 'Articles matching the request, on every page' }),
    limit: z.int().min(1).max(MAX_LIMIT),
    nextCursor: z.string().nullable(),
    next: sitePath.nullable().meta({ description: 'The next page, also in the `Link` header; `null` on the last page' }),
  })
  .meta({ id: 'ArticlePage' })

export const topicSchema = z
  .strictObject({
    slug,
    title: z.string(),
    description: z.string(),
    order: z.int().nullable(),
    url: z.url(),
    apiPath: sitePath,
    articleCount: z.int().min(0),
  })
  .meta({ id: 'Topic' })

export const topicListSchema = z.strictObject({ data: z.array(topicSchema) }).meta({ id: 'TopicList' })

export const topicDetailSchema = topicSchema
  .extend({ introductionHtml: z.string(), articles: articlePageSchema })
  .meta({ id: 'TopicDetail' })

export const authorSchema = authorRefSchema.extend({ articleCount: z.int().min(0) }).meta({ id: 'Author' })

export const authorListSchema = z.strictObject({ data: z.array(authorSchema) }).meta({ id: 'AuthorList' })

export const authorDetailSchema = authorSchema
  .extend({ bioHtml: z.string(), articles: articlePageSchema.meta({ description: 'Articles they wrote' }) })
  .meta({ id: 'AuthorDetail' })

export const PROBLEM_TYPES = {
  'unknown-parameter': { status: 400, title: 'Unknown query parameter' },
  'invalid-parameter': { status: 400, title: 'Invalid query parameter' },
  'invalid-cursor': { status: 400, title: 'Invalid cursor' },
  'unknown-topic': { status: 400, title: 'Unknown topic' },
  unauthorized: { status: 401, title: 'Wrong preview token' },
  moved: { status: 308, title: 'Moved permanently' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
} as const
export type ProblemType = keyof typeof PROBLEM_TYPES

/** RFC 9457 problem details; `parameter` names what was wrong, `known` lists what would be right. */
export const problemSchema = z
  .strictObject({
    type: z.url(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: sitePath,
    parameter: z.string().optional().meta({ description: 'The query or path parameter at fault' }),
    known: z.array(z.string()).optional().meta({ description: 'Valid values, e.g. the topic slugs' }),
  })
  .meta({ id: 'Problem' })

export type ArticleSummaryBody = z.infer<typeof articleSummarySchema>
export type ArticleBody = z.infer<typeof articleSchema>
export type ArticlePageBody = z.infer<typeof articlePageSchema>
export type TopicBody = z.infer<typeof topicSchema>
export type AuthorBody = z.infer<typeof authorSchema>
export type ProblemBody = z.infer<typeof problemSchema>

// Parameters. Query values arrive as text; these are what the document shows and what params.ts
// checks, one parameter at a time so that each problem names its parameter.
export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(DEFAULT_LIMIT)
  .meta({ description: `Items per page, 1–${MAX_LIMIT}`, example: DEFAULT_LIMIT })
export const cursorParam = z.string().min(1).meta({ description: '`nextCursor` of the previous page; opaque' })
export const topicParam = slug.meta({ description: 'Only articles in this topic (a slug from /api/v1/topics)' })
export const updatedSinceParam = z.iso
  .datetime({ offset: true })
  .meta({ description: 'Only articles changed at or after this instant (`lastModified`)', example: '2026-01-01T00:00:00Z' })
export const slugParam = slug.meta({ description: 'The slug, as in the page address' })

export const pageQuerySchema = z.strictObject({ limit: limitParam.optional(), cursor: cursorParam.optional() })
export const articlesQuerySchema = pageQuerySchema.extend({
  topic: topicParam.optional(),
  updatedSince: updatedSinceParam.optional(),
})
export const noQuerySchema = z.strictObject({})
export const slugPathSchema = z.strictObject({ slug: slugParam })
