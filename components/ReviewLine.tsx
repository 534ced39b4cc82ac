import { ILLUSTRATIVE_REVIEW_NOTICE, UPDATED_AFTER_REVIEW_NOTICE } from '@/lib/editorial'
import type { ReviewOfArticle } from '@/lib/content'
import { authorPath } from '@/lib/routes'
import { FormattedDate } from './FormattedDate'

export interface ReviewLineProps {
  /** The store's `reviewOf(article)`: what the page may claim about the article's medical review. */
  review: ReviewOfArticle
  lastUpdated: Date
}

/**
 * Who medically reviewed the article and when, when it was last updated, and when review is due;
 * or, when no real review covers the text, says so instead of naming a reviewer as if it did.
 */
export function ReviewLine({ review, lastUpdated }: ReviewLineProps) {
  if (review.claim === 'none') return null
  const updated = (
    <>
      Last updated <FormattedDate date={lastUpdated} />
    </>
  )
  const due = review.overdue ? (
    <strong role="status">
      Review overdue: it was due on <FormattedDate date={review.nextReviewDue} />
    </strong>
  ) : (
    <>
      Next review due <FormattedDate date={review.nextReviewDue} />
    </>
  )
  const reviewer = review.reviewer ? (
    <>
      <a className="reviewer-name" href={authorPath(review.reviewer.slug)}>
        {review.reviewer.name}
      </a>
      {review.reviewer.credentials ? `, ${review.reviewer.credentials}` : ''}
    </>
  ) : null

  if (review.claim === 'illustrative') {
    return (
      <div className="review-line review-notice review-illustrative">
        <p>
          <strong>{ILLUSTRATIVE_REVIEW_NOTICE}</strong>
          {/* The placeholder is not named here, as if it had reviewed; its page says what it is. */}
          {review.reviewer ? (
            <>
              {' '}
              <a href={authorPath(review.reviewer.slug)}>About the placeholder reviewer</a>
            </>
          ) : null}
        </p>
        <p>{updated}</p>
      </div>
    )
  }
  if (review.claim === 'updated-after-review') {
    return (
      <div className="review-line review-notice review-updated">
        <p>
          <strong>{UPDATED_AFTER_REVIEW_NOTICE}</strong>: an earlier version was reviewed by {reviewer} on{' '}
          <FormattedDate date={review.reviewedAt} />; the changes since have not been medically reviewed.
        </p>
        <p>
          {updated}
          {review.overdue ? <> · {due}</> : null}
        </p>
      </div>
    )
  }
  return (
    <div className={review.overdue ? 'review-line review-overdue' : 'review-line'}>
      <p>
        Medically reviewed by {reviewer} on <FormattedDate date={review.reviewedAt} />
      </p>
      <p>
        {updated}
        {' · '}
        {due}
      </p>
    </div>
  )
}
