import Link from 'next/link'
import type { KeyboardEvent, RefObject } from 'react'
import type { SearchHit } from '@/lib/search/client'
import { SearchHighlight } from './SearchHighlight'
import { TopicLinks } from '../TopicLinks'

export interface SearchResultsProps {
  hits: readonly SearchHit[]
  listRef?: RefObject<HTMLOListElement | null>
  /** Keys pressed on a result's links (the page moves between results with ↓/↑). */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
  /** A link of the result at `index` took the focus. */
  onFocusResult?: (index: number) => void
}

/**
 * Search results as article cards: the title (matched words marked) links to the article, then the
 * snippet (matched words marked) and the topics, each a link. Plain links, so the same with and
 * without JavaScript: Tab reaches them in order, and a reader can open one in a new tab or copy it.
 */
export function SearchResults({ hits, listRef, onKeyDown, onFocusResult }: SearchResultsProps) {
  return (
    <ol className="search-results" aria-label="Search results" ref={listRef} onKeyDown={onKeyDown}>
      {hits.map((hit, index) => (
        <li key={hit.slug} onFocus={onFocusResult ? () => onFocusResult(index) : undefined}>
          <article className="search-result">
            <h2 className="search-result-title">
              <Link href={hit.url}>
                <SearchHighlight segments={hit.titleSegments} />
              </Link>
            </h2>
            <p className="search-result-snippet">
              <SearchHighlight segments={hit.snippet} />
            </p>
            {hit.topics.length > 0 ? <TopicLinks topics={hit.topics} /> : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
