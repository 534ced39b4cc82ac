/**
 * The editors' desk (`/preview`): every article that needs someone, grouped by state, with who acts
 * next. Writers act on drafts; medical reviewers on articles in review and on published articles
 * whose review does not stand as a plain review line would claim it (lib/editorial/review.ts
 * decides): a placeholder (illustrative) reviewer, a change after the last review, or an overdue one.
 * Scheduled articles need nobody: they go live on their own.
 */
import { articleReview } from '../editorial'
import type { Article, Author } from './schema'
import { publicationOf } from './visibility'

export const DESK_STATES = ['draft', 'review', 'scheduled', 'illustrative-reviewer', 'review-overdue', 'updated-after-review'] as const
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
  'illustrative-reviewer': 'reviewer',
  'updated-after-review': 'reviewer',
  'review-overdue': 'reviewer',
}

/** The desk state of one article now, or `undefined` for a public article that needs nobody. */
export function deskStateOf(article: Article, reviewer: Author | undefined, now: Date): DeskState | undefined {
  const publication = publicationOf(article, now)
  if (publication !== 'public') return publication
  // The same rule as the review line readers see, so a `reviewCovers` correction needs nobody.
  switch (articleReview(article, reviewer, now).claim) {
    case 'illustrative':
      return 'illustrative-reviewer'
    case 'updated-after-review':
      return 'updated-after-review'
    case 'overdue':
      return 'review-overdue'
    default:
      return undefined
  }
}

/**
 * Desk entries in `DESK_STATES` order; within a state, scheduled articles soonest first and every
 * other state oldest `publishedAt` first (what has waited longest).
 */
export function editorsDesk(articles: Article[], authorsBySlug: Map<string, Author>, now: Date): DeskEntry[] {
  const entries = articles.flatMap((article): DeskEntry[] => {
    const reviewer = article.reviewedBy ? authorsBySlug.get(article.reviewedBy) : undefined
    const state = deskStateOf(article, reviewer, now)
    if (!state) return []
    const next = NEXT[state]
    // A placeholder reviewer is nobody to act: a real one must be named.
    const actorSlug =
      next === 'writer' ? article.author : next === 'reviewer' && state !== 'illustrative-reviewer' ? article.reviewedBy : undefined
    return [{ article, state, next, actor: actorSlug ? authorsBySlug.get(actorSlug) : undefined, author: authorsBySlug.get(article.author) }]
  })
  return entries.sort(
    (a, b) =>
      DESK_STATES.indexOf(a.state) - DESK_STATES.indexOf(b.state) ||
      a.article.publishedAt.getTime() - b.article.publishedAt.getTime() ||
      a.article.slug.localeCompare(b.article.slug),
  )
}
