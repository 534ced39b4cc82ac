import type { CorrectionEntry } from '@/lib/content'
import { articleChangesPath } from '@/lib/routes'
import { FormattedDate } from './FormattedDate'

type ListedCorrection = Pick<CorrectionEntry, 'date' | 'summary' | 'reviewed'> & {
  article: Pick<CorrectionEntry['article'], 'slug' | 'title'>
}

export interface CorrectionListProps {
  corrections: ListedCorrection[]
}

/** Every correction, newest first: the article, the date and what was wrong. */
export function CorrectionList({ corrections }: CorrectionListProps) {
  if (corrections.length === 0) return <p>No article has needed a correction yet.</p>
  return (
    <ol className="correction-list">
      {corrections.map(({ article, date, summary, reviewed }, index) => (
        <li key={index} className="correction">
          <h2>
            <a href={articleChangesPath(article.slug)}>{article.title}</a>
          </h2>
          <p className="change-head">
            Corrected on <FormattedDate date={date} />
          </p>
          <p>{summary}</p>
          <p className="change-review">
            {reviewed ? 'A medical review covers this correction.' : 'This correction has not been medically reviewed.'}
          </p>
        </li>
      ))}
    </ol>
  )
}
