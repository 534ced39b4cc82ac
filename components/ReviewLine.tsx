import type { ReviewStatus } from '@/lib/editorial'
import type { Author } from '@/lib/content'
import { FormattedDate } from './FormattedDate'

export interface ReviewLineProps {
  reviewer: Pick<Author, 'name' | 'credentials'>
  review: ReviewStatus
  lastUpdated: Date
}

/** Who medically reviewed the article and when, when it was last updated, and when review is due. */
export function ReviewLine({ reviewer, review, lastUpdated }: ReviewLineProps) {
  return (
    <div className={review.overdue ? 'review-line review-overdue' : 'review-line'}>
      <p>
        Medically reviewed by <span className="reviewer-name">{reviewer.name}</span>
        {reviewer.credentials ? `, ${reviewer.credentials}` : ''} on <FormattedDate date={review.reviewedAt} />
      </p>
      <p>
        Last updated <FormattedDate date={lastUpdated} />
        {' · '}
        {review.overdue ? (
          <strong role="status">
            Review overdue: it was due on <FormattedDate date={review.nextReviewDue} />
          </strong>
        ) : (
          <>
            Next review due <FormattedDate date={review.nextReviewDue} />
          </>
        )}
      </p>
    </div>
  )
}
