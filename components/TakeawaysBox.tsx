import { referenceAnchor } from '@/lib/editorial'
import type { Takeaway } from '@/lib/content'
import { EvidenceBadge } from './EvidenceBadge'

export interface TakeawaysBoxProps {
  takeaways: Takeaway[]
  /** The number each cited work has in the article's reference list. */
  referenceNumbers: ReadonlyMap<string, number>
}

/** The article's key claims, each with its evidence grade and its sources. */
export function TakeawaysBox({ takeaways, referenceNumbers }: TakeawaysBoxProps) {
  if (takeaways.length === 0) return null
  return (
    <section className="takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title">Key takeaways</h2>
      <ul>
        {takeaways.map((takeaway) => (
          <li key={takeaway.text}>
            <p>{takeaway.text}</p>
            <EvidenceBadge grade={takeaway.evidence} />
            <p className="takeaway-sources">
              {takeaway.cites.length === 1 ? 'Source: ' : 'Sources: '}
              {takeaway.cites.map((id, index) => (
                <span key={id}>
                  {index > 0 ? ', ' : null}
                  <a href={`#${referenceAnchor(id)}`}>[{referenceNumbers.get(id) ?? '?'}]</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
