import { referenceUrl, type Reference } from '@/lib/editorial'
import { citationAnchor, referenceAnchor } from '@/lib/editorial'

export interface ReferenceListProps {
  references: Reference[]
  /** Ids cited in the body, whose entries link back to their first citation. */
  citedInBody: ReadonlySet<string>
}

function linkLabel(reference: Reference): string | undefined {
  if (reference.doi) return `doi:${reference.doi}`
  if (reference.pmid) return `PubMed ${reference.pmid}`
  return referenceUrl(reference)
}

/** The works an article cites, numbered in order of first use, each with a link to check it. */
export function ReferenceList({ references, citedInBody }: ReferenceListProps) {
  if (references.length === 0) return null
  return (
    <section className="references" aria-labelledby="references-title">
      <h2 id="references-title">References</h2>
      <ol>
        {references.map((reference) => {
          const url = referenceUrl(reference)
          return (
            <li key={reference.id} id={referenceAnchor(reference.id)}>
              {reference.authors}. {reference.title}. <cite>{reference.journal}</cite>. {reference.year}.{' '}
              {url ? (
                <a href={url} rel="noopener noreferrer" className="external-link">
                  {linkLabel(reference)}
                </a>
              ) : (
                reference.locator
              )}
              {citedInBody.has(reference.id) ? (
                <>
                  {' '}
                  <a
                    href={`#${citationAnchor(reference.id)}`}
                    className="reference-backlink"
                    aria-label="Back to the first citation"
                  >
                    ↩
                  </a>
                </>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
