/**
 * The search request of a search field, shared by the header's suggestion list
 * (components/search/SearchCombobox.tsx) and the `/search` page (components/search/SearchPage.tsx): it asks
 * `/api/search`, after a pause in typing when asked to (`SEARCH_DEBOUNCE_MS`), and each new request
 * cancels the one before it (its timer, and its fetch through an `AbortController`), so an answer
 * that arrives late never replaces a newer one. Unmounting cancels too.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { apiSearchPath } from '@/lib/routes'
import { SEARCH_DEBOUNCE_MS, type SearchRequestStatus, type SearchResponse } from '@/lib/search/client'

export const SEARCH_UNAVAILABLE = 'Search is not available right now. Check your connection and try again.'

export interface SearchRequestOptions {
  /** Results to ask for. */
  limit: number
  /** An answer already shown (the server's), until the first request. */
  initialResponse?: SearchResponse | null
}

export interface SearchRequestCall {
  /** Wait `SEARCH_DEBOUNCE_MS` first; a later call within that time replaces this one. */
  debounced?: boolean
  /** Runs when the request starts (after the pause, if debounced), e.g. to update the address. */
  onStart?: () => void
}

export interface SearchRequest {
  /** The last answer; `null` when the last query was blank. */
  response: SearchResponse | null
  status: SearchRequestStatus
  /** Searches `query` in `topic` (`null`: every topic). A blank query asks nothing and clears the answer. */
  request(query: string, topic: string | null, call?: SearchRequestCall): void
  /** Cancels the pending or running request. */
  cancel(): void
}

export function useSearchRequest({ limit, initialResponse = null }: SearchRequestOptions): SearchRequest {
  const [response, setResponse] = useState(initialResponse)
  const [status, setStatus] = useState<SearchRequestStatus>({ state: 'idle' })
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inflight = useRef<AbortController | undefined>(undefined)

  const cancel = useCallback(() => {
    clearTimeout(timer.current)
    inflight.current?.abort()
  }, [])

  const send = useCallback(
    async (query: string, topic: string | null) => {
      if (!query.trim()) {
        setResponse(null)
        setStatus({ state: 'idle' })
        return
      }
      const controller = new AbortController()
      inflight.current = controller
      setStatus({ state: 'loading' })
      try {
        const answer = await fetch(apiSearchPath(query, topic, limit), {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        })
        const body: unknown = await answer.json()
        if (controller.signal.aborted) return
        if (!answer.ok) {
          setStatus({ state: 'error', message: (body as { error?: string }).error ?? `Search failed (${answer.status}).` })
          return
        }
        setResponse(body as SearchResponse)
        setStatus({ state: 'idle' })
      } catch (error) {
        if (controller.signal.aborted) return
        setStatus({ state: 'error', message: SEARCH_UNAVAILABLE })
        console.error(error)
      }
    },
    [limit],
  )

  const request = useCallback(
    (query: string, topic: string | null, { debounced = false, onStart }: SearchRequestCall = {}) => {
      cancel()
      const start = () => {
        onStart?.()
        void send(query, topic)
      }
      if (debounced) timer.current = setTimeout(start, SEARCH_DEBOUNCE_MS)
      else start()
    },
    [cancel, send],
  )

  useEffect(() => cancel, [cancel])

  return { response, status, request, cancel }
}
