/**
 * `npm run content:report`: what editors must act on before (and after) launch. Lists every
 * published article, public or scheduled, that needs a real medical review: its reviewer is an
 * illustrative placeholder, it was updated after its last review, or its review is overdue (twelve
 * months after the last one); then every published article whose writer is an illustrative
 * placeholder. Exits 1 when there is any, so a deploy or a scheduled job can stop on it;
 * `CONTENT_STRICT=1 npm run build` refuses the same articles.
 */
import { pathToFileURL } from 'node:url'
import {
  createContentStore,
  loadContent,
  readContentSnapshot,
  servedSnapshotPath,
  type ArticleNeedingReview,
  type ArticleWithIllustrativeAuthor,
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

const bySourcePath = <T extends { article: { sourcePath: string } }>(entries: T[]): T[] =>
  [...entries].sort((a, b) => (a.article.sourcePath < b.article.sourcePath ? -1 : 1))

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

function scheduledNote(entry: { article: { publishedAt: Date }; publication: string }): string {
  return entry.publication === 'scheduled' ? ` (scheduled: public from ${entry.article.publishedAt.toISOString()})` : ''
}

function reviewLines(needing: ArticleNeedingReview[]): string[] {
  if (needing.length === 0) return []
  const lines = [`${plural(needing.length, 'published article')} need${needing.length === 1 ? 's' : ''} a real medical review:`]
  for (const entry of bySourcePath(needing))
    lines.push(`- ${entry.article.sourcePath}${scheduledNote(entry)}: ${describeNeeds(entry)}`)
  return lines
}

function authorLines(named: ArticleWithIllustrativeAuthor[]): string[] {
  if (named.length === 0) return []
  const lines = [`${plural(named.length, 'published article')} name${named.length === 1 ? 's' : ''} an illustrative author:`]
  for (const entry of bySourcePath(named)) {
    lines.push(
      `- ${entry.article.sourcePath}${scheduledNote(entry)}: illustrative author: ${entry.author.name} (${entry.article.author}) is a placeholder, not a real person`,
    )
  }
  return lines
}

/**
 * The report's lines, and the exit code: 1 when any published article needs a real medical review
 * or names an illustrative author.
 */
export function contentReport(store: ContentStore): { lines: string[]; exitCode: number } {
  const lines = [
    ...reviewLines(store.editors.listArticlesNeedingReview()),
    ...authorLines(store.editors.listArticlesWithIllustrativeAuthor()),
  ]
  if (lines.length === 0) {
    return { lines: ['Every published article names a real author and has a real, current medical review.'], exitCode: 0 }
  }
  return { lines, exitCode: 1 }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { lines, exitCode } = contentReport(createContentStore(loadContent(readContentSnapshot(servedSnapshotPath()))))
  for (const line of lines) console.log(line)
  process.exitCode = exitCode
}
