/**
 * What an article's page, its feed items and the API tell of its history: the changes its writer
 * listed (newest first, `minor` ones left out), whether a medical review covers each, and the
 * commits behind them. Plain functions of an article; the store adds whether its review is real.
 */
import type { Article, ArticleChange, ChangeKind } from './schema'
import { HISTORY_NOTES, type HistorySource, type Revision } from './git-history'

export type ListedChangeKind = Exclude<ChangeKind, 'minor'>

export interface ListedChange {
  date: Date
  kind: ListedChangeKind
  summary: string
  /** A real medical review dated on or after the change covers it. */
  reviewed: boolean
}

export interface ArticleHistory {
  publishedAt: Date
  /** The newest listed correction or update (`updatedAt`); `undefined` when the text never changed. */
  lastUpdated?: Date
  /** Newest first; no `minor` ones. */
  changes: ListedChange[]
  /** The commits that touched the file, newest first (empty unless `source` is `git`). */
  revisions: (Revision & { reviewed: boolean })[]
  source: HistorySource
  /** Said beside the list when the commit record is missing. */
  note?: string
}

/** A correction as the corrections page lists it. */
export interface CorrectionEntry {
  article: Article
  date: Date
  summary: string
  reviewed: boolean
}

const DAY = 24 * 60 * 60 * 1000
const dayOf = (date: Date) => Math.floor(date.getTime() / DAY)

/**
 * Whether a medical review covers a change made on `date`: the review (or the update it was
 * marked to cover, `reviewCovers`) is on the same day or later. Only a real review counts.
 */
export function reviewCovers(article: Pick<Article, 'reviewedAt' | 'reviewCovers'>, date: Date, realReview: boolean): boolean {
  if (!realReview) return false
  const covered = [article.reviewedAt, article.reviewCovers].filter((day): day is Date => day !== undefined)
  return covered.some((day) => dayOf(day) >= dayOf(date))
}

/** Newest first; on the same day, in the order written. */
function newestFirst(changes: readonly ArticleChange[]): ArticleChange[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.index - b.index)
    .map(({ change }) => change)
}

export function listedChanges(article: Article, realReview: boolean): ListedChange[] {
  return newestFirst(article.changes ?? []).flatMap((change): ListedChange[] =>
    change.kind === 'minor'
      ? []
      : [{ date: change.date, kind: change.kind, summary: change.summary, reviewed: reviewCovers(article, change.date, realReview) }],
  )
}

export function articleHistory(article: Article, realReview: boolean): ArticleHistory {
  const source = article.gitHistory?.source ?? 'none'
  const note = HISTORY_NOTES[source]
  return {
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { lastUpdated: article.updatedAt } : {}),
    changes: listedChanges(article, realReview),
    revisions: (article.gitHistory?.revisions ?? []).map((revision) => ({
      ...revision,
      reviewed: reviewCovers(article, revision.date, realReview),
    })),
    source,
    ...(note ? { note } : {}),
  }
}

/** Every correction of these articles, newest first (ties by title). */
export function correctionsOf(articles: readonly Article[], realReview: (article: Article) => boolean): CorrectionEntry[] {
  return articles
    .flatMap((article) =>
      listedChanges(article, realReview(article))
        .filter((change) => change.kind === 'correction')
        .map((change) => ({ article, date: change.date, summary: change.summary, reviewed: change.reviewed })),
    )
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.article.title.localeCompare(b.article.title))
}
