/**
 * The editors' desk (`/preview`): every article that needs someone, grouped by state, with who acts
 * next. Writers act on drafts; medical reviewers on articles in review, on published articles whose
 * review is overdue and on published articles changed (`updatedAt`) after their last review.
 * Scheduled articles need nobody: they go live on their own.
 */
import { reviewStatus } from '../editorial'
import type { Article, Author } from './schema'
import { publicationOf } from './visibility'

export const DESK_STATES = ['draft', 'review', 'scheduled', 'review-overdue', 'updated-after-review'] as const
export type DeskState = (typeof DESK_STATES)[number]

/** Who acts next on an article. */
export type NextActor = 'writer' | 'reviewer' | 'nobody'

export interface DeskEntry {
  article: Article
  state: DeskState
  next: NextActor
  /** The person named in the article for that role (the author, or `reviewedBy`), if any. */
  actor?: Author
  author?: Author
}

const NEXT: Record<DeskState, NextActor> = {
  draft: 'writer',
  review: 'reviewer',
  scheduled: 'nobody',
  'review-overdue': 'reviewer',
  'updated-after-review': 'reviewer',
}

/** The desk state of one article now, or `undefined` for a public article that needs nobody. */
export function deskStateOf(article: Article, now: Date): DeskState | undefined {
  const publication = publicationOf(article, now)
  if (publication !== 'public') return publication
  if (reviewStatus(article, now)?.overdue) return 'review-overdue'
  if (article.updatedAt && article.reviewedAt && article.updatedAt > article.reviewedAt) return 'updated-after-review'
  return undefined
}

/**
 * Desk entries in `DESK_STATES` order; within a state, scheduled articles soonest first and every
 * other state oldest `publishedAt` first (what has waited longest).
 */
export function editorsDesk(articles: Article[], authorsBySlug: Map<string, Author>, now: Date): DeskEntry[] {
  const entries = articles.flatMap((article): DeskEntry[] => {
    const state = deskStateOf(article, now)
    if (!state) return []
    const next = NEXT[state]
    const actorSlug = next === 'writer' ? article.author : next === 'reviewer' ? article.reviewedBy : undefined
    return [{ article, state, next, actor: actorSlug ? authorsBySlug.get(actorSlug) : undefined, author: authorsBySlug.get(article.author) }]
  })
  return entries.sort(
    (a, b) =>
      DESK_STATES.indexOf(a.state) - DESK_STATES.indexOf(b.state) ||
      a.article.publishedAt.getTime() - b.article.publishedAt.getTime() ||
      a.article.slug.localeCompare(b.article.slug),
  )
}
