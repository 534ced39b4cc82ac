'use client'

/**
 * The `/search` page's form and results. The server renders it with the results for the address's
 * `q` and `topic`, so it works without JavaScript (the form submits to `/search`). The results are
 * article cards whose titles and topics are links, with or without JavaScript. With JavaScript:
 *
 * - results follow the field as the reader types (debounced), fetched from `/api/search`;
 * - the address follows the search (`/search?q=…&topic=…`): a pause in typing, a topic filter or a
 *   submit adds a history entry, so a search can be shared, reloaded and walked with back/forward;
 * - Tab reaches each result's links in order; ↓/↑ also move from the field through the result titles
 *   (and back round), and Escape returns to the field. Enter on a result opens it, like any link.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import type { SearchResponse, TopicSuggestion } from '@/lib/search/client'
import { readSearchLocation, SEARCH_PATH, searchPath } from '@/lib/routes'
import { MAX_QUERY_LENGTH, PAGE_RESULTS, searchStatusSentence } from '@/lib/search/client'
import { useListNavigation } from './useListNavigation'
import { useSearchRequest } from './useSearchRequest'
import { SearchFacets } from './SearchFacets'
import { SearchResults } from './SearchResults'
import { SearchSuggestions } from './SearchSuggestions'

export interface SearchPageProps {
  initialQuery: string
  initialTopic: string | null
  /** The server's results for `initialQuery`; `null` when it is empty. */
  initialResponse: SearchResponse | null
  suggestions: readonly TopicSuggestion[]
  /** Messages about the address (an unknown topic, a query cut short). */
  notices?: readonly string[]
  /** Results to ask for. */
  limit?: number
}

/** Within this long of the last history entry, a new search replaces it instead of adding one. */
const HISTORY_GROUPING_MS = 1000
const FIELD_ID = 'search-query'
const STATUS_ID = 'search-status'

type HistoryMode = 'push' | 'auto' | 'none'

export function SearchPage({
  initialQuery,
  initialTopic,
  initialResponse,
  suggestions,
  notices = [],
  limit = PAGE_RESULTS,
}: SearchPageProps) {
  const [input, setInput] = useState(initialQuery)
  const [topic, setTopic] = useState(initialTopic)
  const { response, status, request } = useSearchRequest({ limit, initialResponse })
  const lastPush = useRef(0)
  const fieldRef = useRef<HTMLInputElement>(null)
  const resultsRef = useRef<HTMLOListElement>(null)

  /** Makes the address name this search: a new history entry, or (typing on) the same one. */
  const followInAddress = useCallback((query: string, filter: string | null, history: Exclude<HistoryMode, 'none'>) => {
    const href = searchPath(query, filter)
    if (href === `${window.location.pathname}${window.location.search}`) return
    const now = Date.now()
    if (history === 'push' || now - lastPush.current > HISTORY_GROUPING_MS) window.history.pushState(null, '', href)
    else window.history.replaceState(null, '', href)
    lastPush.current = now
  }, [])

  const search = useCallback(
    (query: string, filter: string | null, history: HistoryMode, debounced = false) => {
      const onStart = history === 'none' ? undefined : () => followInAddress(query, filter, history)
      request(query, filter, { debounced, onStart })
    },
    [request, followInAddress],
  )

  // Back and forward: the address holds the search to show.
  useEffect(() => {
    const onPopState = () => {
      if (window.location.pathname !== SEARCH_PATH) return
      const { query, topic: filter } = readSearchLocation(window.location.search)
      setInput(query)
      setTopic(filter)
      search(query, filter, 'none')
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [search])

  const hits = response?.results ?? []
  const navigation = useListNavigation({
    count: hits.length,
    onMove: (index) => resultsRef.current?.querySelectorAll<HTMLAnchorElement>('.search-result-title a')[index]?.focus(),
    onClose: () => fieldRef.current?.focus(),
  })

  const onChange = (value: string) => {
    setInput(value)
    search(value, topic, 'auto', true)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    search(input, topic, 'push')
  }

  const onSelectTopic = (filter: string | null) => {
    setTopic(filter)
    search(input, filter, 'push')
  }

  return (
    <div className="search-page">
      <form
        role="search"
        aria-label="Search articles"
        action={SEARCH_PATH}
        method="get"
        className="search-form"
        onSubmit={onSubmit}
      >
        <label htmlFor={FIELD_ID}>Search articles</label>
        <div className="search-form-row">
          <input
            ref={fieldRef}
            id={FIELD_ID}
            name="q"
            type="search"
            value={input}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={navigation.onKeyDown}
            onFocus={() => navigation.setActive(-1)}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder="eczema, omega-3, probiotics…"
            data-search-primary=""
            aria-describedby={STATUS_ID}
          />
          {topic ? <input type="hidden" name="topic" value={topic} /> : null}
          <button type="submit">Search</button>
        </div>
      </form>

      {notices.map((notice) => (
        <p key={notice} className="search-notice">
          {notice}
        </p>
      ))}

      <p id={STATUS_ID} className="search-status" role="status" aria-live="polite">
        {searchStatusSentence(response, status)}
        {status.state === 'loading' ? <span className="search-loading"> Searching…</span> : null}
      </p>

      {response && response.totalAllTopics > 0 ? (
        <SearchFacets
          query={response.query}
          topic={response.topic}
          facets={response.facets}
          totalAllTopics={response.totalAllTopics}
          onSelect={onSelectTopic}
        />
      ) : null}

      {hits.length > 0 ? (
        <SearchResults hits={hits} listRef={resultsRef} onKeyDown={navigation.onKeyDown} onFocusResult={navigation.setActive} />
      ) : (
        <SearchSuggestions topics={suggestions} title={response ? 'Browse a topic instead' : 'Browse by topic'} />
      )}
    </div>
  )
}
