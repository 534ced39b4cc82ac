/**
 * A content store of any size for unit tests of lists (feeds, sitemap, related reading), built
 * from the factories rather than Markdown: `published` public articles one day apart (the
 * newest is `article-1`), each in one or two of three topics, plus a draft and a scheduled article
 * whose titles and bodies carry markers that must never appear in a reader's list.
 */
import { createContentStore, type ContentStore } from '@/lib/content/store'
import type { ValidContent } from '@/lib/content/validation'
import type { Article } from '@/lib/content/schema'
import { makeArticle, makeContent, makeTopic } from './factories'

export const NOW = new Date('2026-06-01T12:00:00Z')
export const DRAFT_MARKER = 'DRAFT-MARKER-91c2'
export const SCHEDULED_MARKER = 'SCHEDULED-MARKER-5be0'
export const TOPICS = ['dysbiosis', 'nutrients', 'lifestyle'].map((slug, index) => makeTopic(slug, { order: index + 1 }))
const TOPIC_SLUGS = TOPICS.map((topic) => topic.slug)

export const DAY = 24 * 60 * 60 * 1000

/** Article n (1-based): published n days before NOW; topics cycle so that lists interleave. */
export function syntheticArticle(n: number, overrides: Partial<Article> = {}): Article {
  const topics = n % 3 === 0 ? [TOPIC_SLUGS[0]!, TOPIC_SLUGS[1]!] : [TOPIC_SLUGS[n % 3]!]
  return makeArticle({
    slug: `article-${n}`,
    title: `Article ${n}`,
    summary: `Summary of article ${n}.`,
    publishedAt: new Date(NOW.getTime() - n * DAY),
    topics,
    bodyHtml: `<p>Body of article ${n}, see <a href="/topics/${topics[0]}">the topic</a> and <a href="#ref-x">a reference</a>.</p>`,
    ...overrides,
  })
}

export function syntheticContent(published: number, extra: Article[] = []): ValidContent {
  const articles = [
    ...Array.from({ length: published }, (_, index) => syntheticArticle(index + 1)),
    syntheticArticle(0, {
      slug: 'draft-article',
      title: `Draft ${DRAFT_MARKER}`,
      status: 'draft',
      publishedAt: new Date(NOW.getTime() - DAY / 2),
      bodyHtml: `<p>${DRAFT_MARKER}</p>`,
      topics: TOPIC_SLUGS,
    }),
    syntheticArticle(0, {
      slug: 'scheduled-article',
      title: `Scheduled ${SCHEDULED_MARKER}`,
      publishedAt: new Date(NOW.getTime() + DAY),
      bodyHtml: `<p>${SCHEDULED_MARKER}</p>`,
      topics: TOPIC_SLUGS,
    }),
    ...extra,
  ]
  return makeContent({ articles, topics: TOPICS })
}

export function syntheticStore(published: number, extra: Article[] = []): ContentStore {
  return createContentStore(syntheticContent(published, extra), () => NOW)
}
