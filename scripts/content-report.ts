/**
 * `npm run content:report`: what editors must act on. Lists every public article whose medical
 * review is overdue (twelve months after its last review), with its reviewer, and exits 1 when
 * there is any, so a scheduled job can alert on it.
 */
import { pathToFileURL } from 'node:url'
import {
  createContentStore,
  loadContent,
  readContentSnapshot,
  servedSnapshotPath,
  type ContentStore,
} from '../lib/content/pipeline'

const date = (value: Date) => value.toISOString().slice(0, 10)

/** The report's lines, and the exit code: 1 when any review is overdue. */
export function contentReport(store: ContentStore): { lines: string[]; exitCode: number } {
  const overdue = store.listOverdueReviews()
  if (overdue.length === 0) return { lines: ['No medical reviews are overdue.'], exitCode: 0 }
  const lines = [`${overdue.length} article${overdue.length === 1 ? '' : 's'} overdue for medical review:`]
  for (const { article, review, reviewer } of overdue) {
    const who = reviewer ? `${reviewer.name} (${article.reviewedBy})` : article.reviewedBy
    lines.push(`- ${article.sourcePath}: reviewed ${date(review.reviewedAt)} by ${who}; due ${date(review.nextReviewDue)}`)
  }
  return { lines, exitCode: 1 }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { lines, exitCode } = contentReport(createContentStore(loadContent(readContentSnapshot(servedSnapshotPath()))))
  for (const line of lines) console.log(line)
  process.exitCode = exitCode
}
