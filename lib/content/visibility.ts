/**
 * The visibility rule, on its own so that the content step (which must not import the generated
 * content) and lib/content/store.ts (through which every page, list and feed gets its articles) apply the
 * same rule. Only lib/content/store.ts filters articles for readers; it re-exports these.
 */
import type { Article } from './schema'

/** Who is looking. The default (`{}`) is a reader; `{ preview: true }` is an editor in Draft Mode. */
export interface ViewOptions {
  preview?: boolean
}

/**
 * Where an article would be shown: on its own `page`, or on a `list` (article and topic lists,
 * topic counts, pagination, previous/next links, search, feeds, sitemap, `generateStaticParams`).
 */
export type Surface = 'page' | 'list'

/**
 * An article's state at a given time: `public`, or why it is not: a `draft` (the writer is at work),
 * in `review` (ready for medical review) or `scheduled` (published, with `publishedAt` to come).
 */
export type Publication = 'public' | 'draft' | 'review' | 'scheduled'

export function publicationOf(article: Pick<Article, 'status' | 'publishedAt'>, now: Date): Publication {
  if (article.status === 'review') return 'review'
  if (article.status !== 'published') return 'draft'
  return article.publishedAt.getTime() <= now.getTime() ? 'public' : 'scheduled'
}

/** Published, and its `publishedAt` has passed (to the millisecond). */
export function isPublic(article: Pick<Article, 'status' | 'publishedAt'>, now: Date): boolean {
  return publicationOf(article, now) === 'public'
}

/**
 * THE visibility rule. A public article is visible everywhere; a draft, one in review or a
 * scheduled one only on its own page, and only in preview.
 */
export function isVisible(
  article: Pick<Article, 'status' | 'publishedAt'>,
  { now, preview = false, surface }: { now: Date; preview?: boolean; surface: Surface },
): boolean {
  if (isPublic(article, now)) return true
  return preview && surface === 'page'
}

