'use client'

/**
 * The header search field's suggestion list: the listbox of the field's ARIA combobox. Loaded on
 * demand by components/SearchField.tsx (dynamic `import()`), which keeps the field itself; this
 * module asks `/api/search` as the reader types (debounced) and shows the best matches, with a last
 * option for every result. ↓/↑ move through the options while the focus stays in the field, Enter
 * opens the selected one (or, with none selected, submits the form to `/search`), Escape closes.
 * When nothing matches, the topics are offered instead.
 */
import { useRouter } from 'next/navigation'
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { SearchHit, SearchResponse, TopicFacet } from '@/lib/search/client'
import { apiSearchPath, searchPath, topicPath } from '@/lib/routes'
import { POPUP_RESULTS, SEARCH_DEBOUNCE_MS } from '@/lib/search/client'
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
  const [response, setResponse] = useState<SearchResponse | null>(null)
  const [active, setActive] = useState(-1)
  const [dismissed, setDismissed] = useState(false)
  const [failed, setFailed] = useState(false)
  const latest = useRef(query)

  useEffect(() => {
    latest.current = query
    setActive(-1)
    setDismissed(false)
    if (!query.trim()) {
      setResponse(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(apiSearchPath(query, null, POPUP_RESULTS), { signal: controller.signal, headers: { accept: 'application/json' } })
        .then(async (answer) => {
          if (!answer.ok) throw new Error(`search answered ${answer.status}`)
          return (await answer.json()) as SearchResponse
        })
        .then((body) => {
          if (latest.current !== query) return
          setFailed(false)
          setResponse(body)
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return
          setFailed(true)
          console.error(error)
        })
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  const options = response && query.trim() ? optionsOf(response) : []
  const visible = open && !dismissed && options.length > 0
  const optionId = (index: number) => `${listboxId}-${index}`

  // Before paint, so that the field's ARIA state never disagrees with the list on screen.
  useLayoutEffect(() => {
    onStateChange({ expanded: visible, activeId: visible && active >= 0 ? optionId(active) : undefined })
    // optionId depends only on listboxId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, active, listboxId, onStateChange])

  // The list is not a scrolling box of its own (the page scrolls), so bring the active option into view.
  useEffect(() => {
    if (visible && active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' })
    // optionId depends only on listboxId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, active, listboxId])

  const go = (option: Option) => {
    setDismissed(true)
    router.push(option.href)
  }

  useImperativeHandle(handle, () => ({
    onKeyDown(event) {
      if (event.nativeEvent.isComposing) return
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (options.length === 0) return
        event.preventDefault()
        if (!visible) {
          setDismissed(false)
          setActive(event.key === 'ArrowDown' ? 0 : options.length - 1)
          return
        }
        setActive(
          event.key === 'ArrowDown'
            ? active + 1 >= options.length
              ? 0
              : active + 1
            : active <= 0
              ? options.length - 1
              : active - 1,
        )
      } else if (event.key === 'Enter' && visible && active >= 0 && options[active]) {
        event.preventDefault()
        go(options[active])
      } else if (event.key === 'Escape' && visible) {
        event.preventDefault()
        setDismissed(true)
        setActive(-1)
      }
    },
  }))

  if (!visible) {
    return failed && open && query.trim() ? (
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
          No articles match “{response.query}”. Browse a topic:
        </p>
      ) : (
        <p className="sr-only" role="status">
          {response?.total === 1 ? '1 article matches' : `${response?.total ?? 0} articles match`}
        </p>
      )}
      <ul
        className="search-popup-list"
        role="listbox"
        id={listboxId}
        aria-label={noMatch ? 'Topics' : 'Suggestions'}
      >
        {options.map((option, index) => (
          <li
            key={option.href}
            id={optionId(index)}
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
