'use client'

/**
 * The header search field's suggestion list: the listbox of the field's ARIA combobox. Loaded on
 * demand by components/search/SearchField.tsx (dynamic `import()`), which keeps the field itself; this
 * module asks `/api/search` as the reader types (debounced) and shows the best matches, with a last
 * option for every result. ↓/↑ move through the options while the focus stays in the field, Enter
 * opens the selected one (or, with none selected, submits the form to `/search`), Escape closes.
 * When nothing matches, the topics are offered instead.
 */
import { useRouter } from 'next/navigation'
import { useEffect, useImperativeHandle, useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react'
import type { SearchHit, SearchResponse, TopicFacet } from '@/lib/search/client'
import { searchPath, topicPath } from '@/lib/routes'
import { POPUP_RESULTS, searchStatusSentence } from '@/lib/search/client'
import { useListNavigation } from './useListNavigation'
import { useSearchRequest } from './useSearchRequest'
import { SearchHighlight } from './SearchHighlight'

/** What the field must show on its input: whether the list is open and which option is active. */
export interface SuggestionsState {
  expanded: boolean
  activeId?: string
}

export interface ComboboxHandle {
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void
}

export interface SearchComboboxProps {
  handle: RefObject<ComboboxHandle | null>
  query: string
  /** Whether the field has the focus. */
  open: boolean
  listboxId: string
  onStateChange(state: SuggestionsState): void
}

type Option =
  | { kind: 'article'; href: string; hit: SearchHit }
  | { kind: 'topic'; href: string; topic: TopicFacet }
  | { kind: 'all'; href: string; query: string; total: number }

function optionsOf(response: SearchResponse): Option[] {
  if (response.results.length === 0) {
    return response.facets.map((topic) => ({ kind: 'topic', href: topicPath(topic.slug), topic }))
  }
  return [
    ...response.results.map((hit): Option => ({ kind: 'article', href: hit.url, hit })),
    { kind: 'all', href: searchPath(response.query), query: response.query, total: response.total },
  ]
}

export function SearchCombobox({ handle, query, open, listboxId, onStateChange }: SearchComboboxProps) {
  const router = useRouter()
  const { response, status, request } = useSearchRequest({ limit: POPUP_RESULTS })
  const [dismissed, setDismissed] = useState(false)
  const [shownFor, setShownFor] = useState(query)

  useEffect(() => request(query, null, { debounced: true }), [query, request])

  const options = response && query.trim() ? optionsOf(response) : []
  const visible = open && !dismissed && options.length > 0

  const go = (option: Option) => {
    setDismissed(true)
    router.push(option.href)
  }

  const navigation = useListNavigation({
    count: options.length,
    open: visible,
    onMove: () => setDismissed(false),
    onOpen: (index) => go(options[index]!),
    onClose: () => setDismissed(true),
  })
  const { active, setActive } = navigation

  // A new query starts a new list: nothing active, and open again if Escape closed it.
  if (shownFor !== query) {
    setShownFor(query)
    setActive(-1)
    setDismissed(false)
  }

  const activeId = visible && active >= 0 ? `${listboxId}-${active}` : undefined

  // Before paint, so that the field's ARIA state never disagrees with the list on screen.
  useLayoutEffect(() => onStateChange({ expanded: visible, activeId }), [visible, activeId, onStateChange])

  // The list is not a scrolling box of its own (the page scrolls), so bring the active option into view.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' })
  }, [activeId])

  useImperativeHandle(handle, () => ({ onKeyDown: (event) => void navigation.onKeyDown(event) }))

  if (!visible) {
    return status.state === 'error' && open && query.trim() ? (
      <p className="search-popup search-popup-message" role="status">
        Suggestions are not available. Press Enter to search.
      </p>
    ) : null
  }

  const noMatch = response !== null && response.results.length === 0
  return (
    // Mousedown never takes the focus from the field.
    <div className="search-popup" onMouseDown={(event) => event.preventDefault()}>
      {noMatch ? (
        <p className="search-popup-message" id={`${listboxId}-message`} role="status">
          {searchStatusSentence(response)} Browse a topic:
        </p>
      ) : (
        <p className="sr-only" role="status">
          {searchStatusSentence(response)}
        </p>
      )}
      <ul className="search-popup-list" role="listbox" id={listboxId} aria-label={noMatch ? 'Topics' : 'Suggestions'}>
        {options.map((option, index) => (
          <li
            key={option.href}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'search-popup-option is-active' : 'search-popup-option'}
            onMouseMove={() => index !== active && setActive(index)}
            onClick={() => go(option)}
          >
            {option.kind === 'article' ? (
              <>
                <span className="search-popup-title">
                  <SearchHighlight segments={option.hit.titleSegments} />
                </span>
                <span className="search-popup-snippet">
                  <SearchHighlight segments={option.hit.snippet} />
                </span>
              </>
            ) : option.kind === 'topic' ? (
              <span className="search-popup-title">{option.topic.title}</span>
            ) : (
              <span className="search-popup-all">
                All {option.total === 1 ? '1 result' : `${option.total} results`} for “{option.query}” →
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
