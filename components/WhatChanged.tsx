import type { ArticleHistory, ListedChangeKind } from '@/lib/content'
import { CORRECTIONS_PATH, WHAT_CHANGED_ID } from '@/lib/routes'
import { FormattedDate } from './FormattedDate'

export const CHANGE_LABELS: Record<ListedChangeKind, string> = {
  correction: 'Correction',
  update: 'Update',
  review: 'Reviewed again, no change',
}

export interface WhatChangedProps {
  history: Pick<ArticleHistory, 'changes' | 'publishedAt' | 'note'>
}

/** The article's listed changes, newest first, corrections marked as such; nothing when it never changed. */
export function WhatChanged({ history }: WhatChangedProps) {
  if (history.changes.length === 0) return null
  return (
    <section className="what-changed" aria-labelledby={WHAT_CHANGED_ID}>
      <h2 id={WHAT_CHANGED_ID}>What changed</h2>
      <ol className="change-list">
        {history.changes.map((change, index) => (
          <li key={index} className={`change change-${change.kind}`}>
            <p className="change-head">
              <strong className="change-kind">{CHANGE_LABELS[change.kind]}</strong>, <FormattedDate date={change.date} />
            </p>
            <p>{change.summary}</p>
            <p className="change-review">
              {change.reviewed ? 'A medical review covers this change.' : 'This change has not been medically reviewed.'}
            </p>
          </li>
        ))}
        <li className="change change-published">
          <p className="change-head">
            <strong className="change-kind">First published</strong>, <FormattedDate date={history.publishedAt} />
          </p>
        </li>
      </ol>
      {history.note ? <p className="history-note">{history.note}</p> : null}
      <p>
        <a href={CORRECTIONS_PATH}>Our corrections policy and every correction</a>
      </p>
    </section>
  )
}
