import { AUTHOR_ROLE_LABELS, type Author } from '@/lib/content'
import { presentProfile } from '@/lib/editorial'

/**
 * The top of an author's page: name, role and credentials; for an illustrative profile, the notice
 * that it is a placeholder instead of its made-up credentials (lib/editorial/authorship.ts decides).
 */
export function AuthorProfile({ author }: { author: Pick<Author, 'name' | 'role' | 'credentials' | 'illustrative'> }) {
  const shown = presentProfile(author)
  return (
    <header className="author-header">
      <p className="eyebrow">{AUTHOR_ROLE_LABELS[author.role]}</p>
      <h1>{shown.name}</h1>
      {shown.credentials ? <p className="author-credentials">{shown.credentials}</p> : null}
      {shown.notice ? (
        <p className="author-notice review-notice">
          <strong>{shown.notice}</strong>
        </p>
      ) : null}
    </header>
  )
}
