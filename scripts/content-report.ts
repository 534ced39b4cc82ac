/**
 * `npm run content:report`: what editors must act on. Lists every public article whose medical
 * review is overdue (twelve months after its last review), with its reviewer, and exits 1 when
 * there is any, so a scheduled job can alert on it.
 */
import { getContent } from '../lib/content'

const date = (value: Date) => value.toISOString().slice(0, 10)

const overdue = getContent().listOverdueReviews()
if (overdue.length === 0) {
  console.log('No medical reviews are overdue.')
} else {
  console.log(`${overdue.length} article${overdue.length === 1 ? '' : 's'} overdue for medical review:`)
  for (const { article, review, reviewer } of overdue) {
    const who = reviewer ? `${reviewer.name} (${article.reviewedBy})` : article.reviewedBy
    console.log(`- ${article.sourcePath}: reviewed ${date(review.reviewedAt)} by ${who}; due ${date(review.nextReviewDue)}`)
  }
  process.exitCode = 1
}
