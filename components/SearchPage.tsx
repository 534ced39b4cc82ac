'use client'

/**
 * The `/search` page's form and results. The server renders it with the results for the address's
 * `q` and `topic`, so it works without JavaScript (the form submits to `/search`). With JavaScript:
 *
 * - results follow the field as the reader types (debounced), fetched from `/api/search`;
 * - the address follows the search (`/search?q=…&topic=…`): a pause in typing, a topic filter or a
 *   submit adds a history entry, so a search can be shared, reloaded and walked with back/forward;
 * - the field is an ARIA combobox and the results its listbox: ↓/↑ move through the results while
 *   the focus stays in the field, Enter opens the selected article, Escape leaves the list.
 */
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { SearchResponse, TopicSuggestion } from '@/lib/search/client'
import { apiSearchPath, SEARCH_PATH, searchPath } from '@/lib/routes'
import { MAX_QUERY_LENGTH, PAGE_RESULTS, readSearchLocation, SEARCH_DEBOUNCE_MS } from '@/lib/search/client'
import { SearchFacets } from './SearchFacets'
import { resultOptionId, SearchResults } from './SearchResults'
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

type Status = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string }

/** Within this long of the last history entry, a new search replaces it instead of adding one. */
const HISTORY_GROUPING_MS = 1000
const RESULTS_ID = 'search-results'

const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`)

export function SearchPage({ initialQuery, initialTopic, initialResponse, suggestions, notices = [], limit = PAGE_RESULTS }: SearchPageProps) {
  const router = useRouter()
  const [input, setInput] = useState(initialQuery)
  const [topic, setTopic] = useState(initialTopic)
  const [response, setResponse] = useState(initialResponse)
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const [active, setActive] = useState(-1)
  const [interactive, setInteractive] = useState(false)
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inflight = useRef<AbortController | undefined>(undefined)
  const lastPush = useRef(0)

  useEffect(() => setInteractive(true), [])

  /** Searches now; `history` says how the address follows. */
  const run = useCallback(
    async (query: string, filter: string | null, history: 'push' | 'auto' | 'none') => {
      clearTimeout(debounce.current)
      inflight.current?.abort()
      if (history !== 'none') {
        const href = searchPath(query, filter)
        if (href !== `${window.location.pathname}${window.location.search}`) {
          const now = Date.now()
          if (history === 'push' || now - lastPush.current > HISTORY_GROUPING_MS) window.history.pushState(null, '', href)
          else window.history.replaceState(null, '', href)
          lastPush.current = now
        }
      }
      setActive(-1)
      if (!query.trim()) {
        setResponse(null)
        setStatus({ state: 'idle' })
        return
      }
      const controller = new AbortController()
      inflight.current = controller
      setStatus({ state: 'loading' })
      try {
        const answer = await fetch(apiSearchPath(query, filter, limit), { signal: controller.signal, headers: { accept: 'application/json' } })
        const body: unknown = await answer.json()
        if (controller.signal.aborted) return
        if (!answer.ok) {
          const message = (body as { error?: string }).error ?? `Search failed (${answer.status}).`
          setStatus({ state: 'error', message })
          return
        }
        setResponse(body as SearchResponse)
        setStatus({ state: 'idle' })
      } catch (error) {
        if (controller.signal.aborted) return
        setStatus({ state: 'error', message: 'Search is not available right now. Check your connection and try again.' })
        console.error(error)
      }
    },
    [limit],
  )

  // Back and forward: the address holds the search to show.
  useEffect(() => {
    const onPopState = () => {
      if (window.location.pathname !== SEARCH_PATH) return
      const { query, topic: filter } = readSearchLocation(window.location.search)
      setInput(query)
      setTopic(filter)
      void run(query, filter, 'none')
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('popstate', onPopState)
      clearTimeout(debounce.current)
      inflight.current?.abort()
    }
  }, [run])

  const onChange = (value: string) => {
    setInput(value)
    clearTimeout(debounce.current)
    debounce.current = setTimeout(() => void run(value, topic, 'auto'), SEARCH_DEBOUNCE_MS)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void run(input, topic, 'push')
  }

  const onSelectTopic = (filter: string | null) => {
    setTopic(filter)
    void run(input, filter, 'push')
  }

  const hits = response?.results ?? []

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    const move = (index: number) => {
      event.preventDefault()
      setActive(index)
      document.getElementById(resultOptionId(RESULTS_ID, index))?.scrollIntoView?.({ block: 'nearest' })
    }
    if (event.key === 'ArrowDown' && hits.length > 0) move(active + 1 >= hits.length ? 0 : active + 1)
    else if (event.key === 'ArrowUp' && hits.length > 0) move(active <= 0 ? hits.length - 1 : active - 1)
    else if (event.key === 'Enter' && active >= 0 && hits[active]) {
      event.preventDefault()
      router.push(hits[active].url)
    } else if (event.key === 'Escape' && active >= 0) {
      event.preventDefault()
      setActive(-1)
    }
  }

  // What the results show is the last answer, which may lag the field while the reader types.
  const shownQuery = response?.query ?? ''
  const expanded = interactive && hits.length > 0
  return (
    <div className="search-page">
      <form role="search" aria-label="Search articles" action="/search" method="get" className="search-form" onSubmit={onSubmit}>
        <label htmlFor="search-query">Search articles</label>
        <div className="search-form-row">
          <input
            id="search-query"
            name="q"
            type="search"
            value={input}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder="eczema, omega-3, probiotics…"
            data-search-primary=""
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? RESULTS_ID : undefined}
            aria-activedescendant={expanded && active >= 0 ? resultOptionId(RESULTS_ID, active) : undefined}
            aria-describedby="search-status"
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

      <p id="search-status" className="search-status" role="status" aria-live="polite">
        {status.state === 'error'
          ? status.message
          : !response
            ? 'Type a word or two: a condition, a nutrient, a microbe.'
            : response.total > 0
              ? `${articles(response.total)} ${response.total === 1 ? 'matches' : 'match'} “${shownQuery}”${
                  response.topic ? ` in ${response.facets.find((facet) => facet.slug === response.topic)?.title ?? response.topic}` : ''
                }${response.total > hits.length ? `; the best ${hits.length} are shown` : ''}.`
              : `No articles match “${shownQuery}”${
                  response.topic ? ` in ${response.facets.find((facet) => facet.slug === response.topic)?.title ?? response.topic}` : ''
                }.`}
        {status.state === 'loading' ? <span className="search-loading"> Searching…</span> : null}
      </p>

      {response && response.totalAllTopics > 0 ? (
        <SearchFacets
          query={shownQuery}
          topic={response.topic}
          facets={response.facets}
          totalAllTopics={response.totalAllTopics}
          onSelect={interactive ? onSelectTopic : undefined}
        />
      ) : null}

      {hits.length > 0 ? (
        <SearchResults
          hits={hits}
          id={RESULTS_ID}
          interactive={interactive}
          activeIndex={active}
          onActivate={setActive}
          onOpen={(index) => router.push(hits[index]!.url)}
        />
      ) : (
        <SearchSuggestions topics={suggestions} title={response ? 'Browse a topic instead' : 'Browse by topic'} />
      )}
    </div>
  )
}
