import type { MouseEvent } from 'react'
import type { TopicFacet } from '@/lib/search/client'
import { searchPath } from '@/lib/routes'

export interface SearchFacetsProps {
  query: string
  /** The topic filter, `null` for all. */
  topic: string | null
  facets: readonly TopicFacet[]
  /** Matches in every topic. */
  totalAllTopics: number
  /** With JavaScript: filter in place instead of following the link. */
  onSelect?: (topic: string | null) => void
}

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * Topic filters with their counts of matches. Plain links to `/search?q=…&topic=…`, so they work
 * without JavaScript; topics with no match are left out unless selected.
 */
export function SearchFacets({ query, topic, facets, totalAllTopics, onSelect }: SearchFacetsProps) {
  const options = [
    { slug: null, title: 'All topics', count: totalAllTopics },
    ...facets.filter((facet) => facet.count > 0 || facet.slug === topic),
  ]
  return (
    <nav className="search-facets" aria-label="Filter by topic">
      <ul>
        {options.map((option) => {
          const current = option.slug === topic
          return (
            <li key={option.slug ?? ''}>
              <a
                href={searchPath(query, option.slug)}
                aria-current={current ? 'true' : undefined}
                onClick={
                  onSelect
                    ? (event) => {
                        if (!isPlainClick(event)) return
                        event.preventDefault()
                        onSelect(option.slug)
                      }
                    : undefined
                }
              >
                {option.title} <span className="search-facet-count">({option.count})</span>
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
