/**
 * `npm run content:report`: what editors must act on before (and after) launch. Lists every
 * published article, public or scheduled, that needs a real medical review: its reviewer is an
 * illustrative placeholder, it was updated after its last review, or its review is overdue (twelve
 * months after the last one). Exits 1 when there is any, so a deploy or a scheduled job can stop
 * on it; `CONTENT_STRICT=1 npm run build` refuses the same articles.
 */
import { pathToFileURL } from 'node:url'
import {
  createContentStore,
  loadContent,
  readContentSnapshot,
  servedSnapshotPath,
  type ArticleNeedingReview,
  type ContentStore,
} from '../lib/content'

const date = (value: Date) => value.toISOString().slice(0, 10)

function describeNeeds({ article, review }: ArticleNeedingReview): string {
  const who = review.reviewer ? `${review.reviewer.name} (${article.reviewedBy})` : article.reviewedBy
  return review.needs
    .map((need) => {
      switch (need) {
        case 'illustrative':
          return `illustrative reviewer: ${who} is a placeholder, so no real medical review took place`
        case 'updated-after-review':
          return `updated ${date(article.updatedAt!)} after its last medical review (${date(review.reviewedAt)}), which does not cover the change`
        case 'overdue':
          return `overdue: reviewed ${date(review.reviewedAt)} by ${who}; due ${date(review.nextReviewDue)}`
      }
    })
    .join('; ')
}

/** The report's lines, and the exit code: 1 when any published article needs a real medical review. */
export function contentReport(store: ContentStore): { lines: string[]; exitCode: number } {
  const needing = [...store.editors.listArticlesNeedingReview()].sort((a, b) =>
    a.article.sourcePath < b.article.sourcePath ? -1 : 1,
  )
  if (needing.length === 0) return { lines: ['Every published article has a real, current medical review.'], exitCode: 0 }
  const count = `${needing.length} published article${needing.length === 1 ? '' : 's'}`
  const lines = [`${count} need${needing.length === 1 ? 's' : ''} a real medical review:`]
  for (const entry of needing) {
    const scheduled =
      entry.publication === 'scheduled' ? ` (scheduled: public from ${entry.article.publishedAt.toISOString()})` : ''
    lines.push(`- ${entry.article.sourcePath}${scheduled}: ${describeNeeds(entry)}`)
  }
  return { lines, exitCode: 1 }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { lines, exitCode } = contentReport(createContentStore(loadContent(readContentSnapshot(servedSnapshotPath()))))
  for (const line of lines) console.log(line)
  process.exitCode = exitCode
}
