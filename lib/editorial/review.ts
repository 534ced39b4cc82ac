/**
 * Medical review dates. Like the NHS, an article is due for review twelve months after its last
 * one; past that date the page says so and `npm run content:report` lists it.
 */

export const REVIEW_INTERVAL_MONTHS = 12
const DAY = 24 * 60 * 60 * 1000

/** The review date plus twelve calendar months (UTC); 29 February falls back to 28 February. */
export function nextReviewDue(reviewedAt: Date): Date {
  const due = new Date(reviewedAt)
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS)
  if (due.getUTCDate() !== reviewedAt.getUTCDate()) due.setUTCDate(0)
  return due
}

export interface ReviewStatus {
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
