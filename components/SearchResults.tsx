import Link from 'next/link'
import type { SearchHit } from '@/lib/search/client'
import { SearchHighlight } from './SearchHighlight'
import { topicPath } from '@/lib/routes'

export interface SearchResultsProps {
  hits: readonly SearchHit[]
  id: string
  /**
   * With JavaScript, the list is the listbox of the search field's combobox: the field keeps the
   * focus and the arrow keys move through the options. Without it (or before hydration) it is a
   * plain list of links.
   */
  interactive: boolean
  activeIndex: number
  onActivate?: (index: number) => void
  /** Opens a result: a click on an option (an option may hold no link of its own). */
  onOpen?: (index: number) => void
}

export const resultOptionId = (listId: string, index: number) => `${listId}-option-${index}`

/**
 * Search results: each with its title and snippet (matched words marked) and its topics. As a
 * listbox, an option holds text only (ARIA allows nothing interactive inside an option): the arrow
 * keys and Enter, or a click, open the article. As a plain list, titles and topics are links.
 */
export function SearchResults({ hits, id, interactive, activeIndex, onActivate, onOpen }: SearchResultsProps) {
  return (
    <ol className="search-results" id={id} role={interactive ? 'listbox' : undefined} aria-label="Search results">
      {hits.map((hit, index) => {
        const optionId = resultOptionId(id, index)
        const active = interactive && index === activeIndex
        return (
          <li
            key={hit.slug}
            id={optionId}
            role={interactive ? 'option' : undefined}
            aria-selected={interactive ? active : undefined}
            aria-labelledby={interactive ? `${optionId}-title` : undefined}
            aria-describedby={interactive ? `${optionId}-snippet` : undefined}
            className={active ? 'search-result is-active' : 'search-result'}
            onMouseMove={onActivate && !active ? () => onActivate(index) : undefined}
            onClick={interactive && onOpen ? () => onOpen(index) : undefined}
          >
            <h2 className="search-result-title" id={`${optionId}-title`}>
              {interactive ? (
                <SearchHighlight segments={hit.titleSegments} />
              ) : (
                <Link href={hit.url}>
                  <SearchHighlight segments={hit.titleSegments} />
                </Link>
              )}
            </h2>
            <p className="search-result-snippet" id={`${optionId}-snippet`}>
              <SearchHighlight segments={hit.snippet} />
            </p>
            {hit.topics.length > 0 ? (
              <ul className="topic-links" aria-label="Topics">
                {hit.topics.map((topic) => (
                  <li key={topic.slug}>{interactive ? topic.title : <a href={topicPath(topic.slug)}>{topic.title}</a>}</li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
