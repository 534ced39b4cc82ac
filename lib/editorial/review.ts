/**
 * Medical review: what an article may claim about it. Like the NHS, an article is due for review
 * twelve months after its last one. A page, its JSON-LD and its feed items say a named person
 * reviewed the text only when that is true: the reviewer is a real person (not an illustrative
 * placeholder) and the review covers the current text (no later update, unless the editor marked
 * that update as one the review covers, `reviewCovers`). `npm run content:report` lists every
 * article that falls short, and `CONTENT_STRICT=1` refuses to publish it.
 */

const REVIEW_INTERVAL_MONTHS = 12
const DAY = 24 * 60 * 60 * 1000

/** What readers see where the review line stands when the reviewer is a placeholder. */
export const ILLUSTRATIVE_REVIEW_NOTICE = 'Illustrative reviewer: demo content, not a real medical review.'
/** What readers see when the text changed after its last medical review. */
export const UPDATED_AFTER_REVIEW_NOTICE = 'Updated after its last medical review'

/** The review date plus twelve calendar months (UTC); 29 February falls back to 28 February. */
export function nextReviewDue(reviewedAt: Date): Date {
  const due = new Date(reviewedAt)
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS)
  if (due.getUTCDate() !== reviewedAt.getUTCDate()) due.setUTCDate(0)
  return due
}

interface ReviewStatus {
  reviewedAt: Date
  nextReviewDue: Date
  overdue: boolean
}

/** `undefined` for an article without a review (only drafts may lack one). */
export function reviewStatus(article: { reviewedAt?: Date }, now: Date): ReviewStatus | undefined {
  if (!article.reviewedAt) return undefined
  const due = nextReviewDue(article.reviewedAt)
  // Due on a calendar day: overdue from the day after.
  return { reviewedAt: article.reviewedAt, nextReviewDue: due, overdue: now.getTime() >= due.getTime() + DAY }
}

/** What the rules read of an article; the content model's `Article` has all of it. */
export interface ReviewedArticle {
  reviewedAt?: Date
  updatedAt?: Date
  /** The update the last review also covers (a correction that changes no claim); see docs/editing.md. */
  reviewCovers?: Date
}

/** What the rules read of the reviewer an article names; `undefined` when it names none. */
interface ReviewerFacts {
  illustrative?: boolean
}

/** Why an article needs a (real) medical review now. */
type ReviewNeed = 'illustrative' | 'updated-after-review' | 'overdue'

/**
 * What the article may claim, one of:
 * - `reviewed`: a real review that covers the current text and is not overdue;
 * - `overdue`: a real review that covers the current text, but more than twelve months old;
 * - `updated-after-review`: a real review of an earlier version of the text;
 * - `illustrative`: the reviewer named is a placeholder, so no medical review took place;
 * - `none`: no review named (a draft).
 * An article with several needs claims the most serious one, in that order from the bottom.
 */
type ReviewClaim = 'reviewed' | 'overdue' | 'updated-after-review' | 'illustrative' | 'none'

export type ArticleReview =
  { claim: 'none'; needs: [] } | ({ claim: Exclude<ReviewClaim, 'none'>; needs: ReviewNeed[]; updatedAt?: Date } & ReviewStatus)

const dayOf = (date: Date) => Math.floor(date.getTime() / DAY)

/**
 * Whether the text changed after the review: `updatedAt` falls on a later (UTC) day than
 * `reviewedAt`, and is not the update the editor marked as covered (`reviewCovers`). A review is
 * dated by its day, so an update on the day of the review counts as reviewed.
 */
export function updatedAfterReview(article: ReviewedArticle): boolean {
  const { reviewedAt, updatedAt, reviewCovers } = article
  if (!reviewedAt || !updatedAt || dayOf(updatedAt) <= dayOf(reviewedAt)) return false
  return !(reviewCovers && dayOf(reviewCovers) >= dayOf(updatedAt))
}

/** The article's review now, and every reason it needs a new one. */
export function articleReview(article: ReviewedArticle, reviewer: ReviewerFacts | undefined, now: Date): ArticleReview {
  const status = reviewStatus(article, now)
  if (!status || !reviewer) return { claim: 'none', needs: [] }
  const needs: ReviewNeed[] = []
  if (reviewer.illustrative) needs.push('illustrative')
  if (updatedAfterReview(article)) needs.push('updated-after-review')
  if (status.overdue) needs.push('overdue')
  const claim = needs[0] ?? 'reviewed'
  return { claim, needs, ...status, ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}) }
}

/**
 * Whether machines (JSON-LD `reviewedBy`, `lastReviewed`) may be told that the named person
 * reviewed the text as it stands: a real review of the current text, overdue or not.
 */
export function reviewCoversCurrentText<T extends ArticleReview>(review: T): review is Exclude<T, { claim: 'none' }> {
  return review.claim === 'reviewed' || review.claim === 'overdue'
}

/**
 * The footer's promise about medical review, worded to match the public articles' claims: the
 * yearly-review promise only when every article has a current, real review.
 */
export function reviewPromise(claims: ReviewClaim[]): string {
  if (claims.length > 0 && claims.every((claim) => claim === 'reviewed')) {
    return 'Every article cites its sources and is reviewed by a medical reviewer at least once a year.'
  }
  if (claims.length > 0 && claims.every((claim) => claim === 'illustrative')) {
    return 'Every article cites its sources. This is demo content: the medical reviewers named are illustrative placeholders, and no article has had a real medical review yet.'
  }
  return 'Every article cites its sources, and its page says whether, when and by whom it was medically reviewed.'
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** An article the strict content step checks: what it names besides its dates. */
interface StrictlyReviewedArticle extends ReviewedArticle {
  reviewedBy?: string
}

/**
 * Why a `published` article may not be published under `CONTENT_STRICT=1` (the launch gate), one
 * problem per need, each on the field to change. `reviewerFile` names the reviewer's profile.
 */
export function strictReviewProblems(
  article: StrictlyReviewedArticle,
  reviewer: (ReviewerFacts & { file: string }) | undefined,
  now: Date,
): { field: string; message: string }[] {
  const review = articleReview(article, reviewer, now)
  if (review.claim === 'none') return []
  const gate = 'CONTENT_STRICT=1 refuses to publish it'
  return review.needs.map((need) => {
    switch (need) {
      case 'illustrative':
        return {
          field: 'reviewedBy',
          message: `"${article.reviewedBy}" is an illustrative reviewer (illustrative: true in ${reviewer!.file}), so no real medical review took place; name a real medical reviewer (${gate})`,
        }
      case 'updated-after-review': {
        const updated = isoDay(article.updatedAt!)
        return {
          field: 'updatedAt',
          message: `${updated} is after the last medical review (reviewedAt ${isoDay(review.reviewedAt)}); have the update reviewed and set reviewedAt, or, for a correction that changes no claim, set reviewCovers: ${updated} (${gate})`,
        }
      }
      case 'overdue':
        return {
          field: 'reviewedAt',
          message: `the medical review of ${isoDay(review.reviewedAt)} was due again on ${isoDay(review.nextReviewDue)}; review the article and set reviewedAt (${gate})`,
        }
    }
  })
}

const readerDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/**
 * The review line in one plain sentence, for surfaces without the page's layout (feed items): the
 * same claim the page makes, no stronger. Empty for an article without a review.
 */
export function reviewSentence(review: ArticleReview, reviewer?: { name: string; credentials?: string }): string {
  if (review.claim === 'none') return ''
  if (review.claim === 'illustrative') return ILLUSTRATIVE_REVIEW_NOTICE
  const who = reviewer ? `${reviewer.name}${reviewer.credentials ? `, ${reviewer.credentials}` : ''}` : 'a medical reviewer'
  const on = readerDate.format(review.reviewedAt)
  if (review.claim === 'updated-after-review') {
    return `${UPDATED_AFTER_REVIEW_NOTICE}: an earlier version was reviewed by ${who} on ${on}; the changes since have not been medically reviewed.`
  }
  const overdue =
    review.claim === 'overdue' ? ` The review is overdue: it was due on ${readerDate.format(review.nextReviewDue)}.` : ''
  return `Medically reviewed by ${who} on ${on}.${overdue}`
}
