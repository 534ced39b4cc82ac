import Link from 'next/link'
import { AUTHOR_ROLE_LABELS, type AuthorWithCounts } from '@/lib/content'
import { presentProfile } from '@/lib/editorial'
import { authorPath } from '@/lib/routes'

const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`)

/** Every writer and reviewer, linking to their page, with their role and how many public articles they wrote and reviewed. */
export function AuthorList({ authors }: { authors: AuthorWithCounts[] }) {
  return (
    <ul className="topic-list author-list">
      {authors.map(({ author, writtenCount, reviewedCount }) => {
        const shown = presentProfile(author)
        const counts = [
          writtenCount > 0 ? `Wrote ${articles(writtenCount)}.` : '',
          reviewedCount > 0
            ? shown.illustrative
              ? `Named as the reviewer of ${articles(reviewedCount)}, which no one has medically reviewed.`
              : `Medically reviewed ${articles(reviewedCount)}.`
            : '',
        ].filter(Boolean)
        return (
          <li key={author.slug} className="topic-list-item">
            <Link href={authorPath(author.slug)} className="topic-list-title">
              {shown.name}
            </Link>{' '}
            <span className="topic-count">
              ({[AUTHOR_ROLE_LABELS[author.role], shown.credentials].filter(Boolean).join(', ')})
            </span>
            {shown.notice ? (
              <p>
                <strong>{shown.notice}</strong>
              </p>
            ) : null}
            <p>{counts.length > 0 ? counts.join(' ') : 'No published articles yet.'}</p>
          </li>
        )
      })}
    </ul>
  )
}
