/**
 * Addresses and limits shared by the server and the search components in the browser. No imports:
 * the browser gets this file and nothing of the search engine.
 */

/** A query longer than this (in characters) is refused by the API and cut short by `/search`. */
export const MAX_QUERY_LENGTH = 200
/** Results on the `/search` page. */
export const PAGE_RESULTS = 20
/** Results in the header's suggestion list. */
export const POPUP_RESULTS = 6
/** Wait after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 150

/** `/search?q=…&topic=…`, leaving out what is empty. */
export function searchHref(query: string, topic?: string | null): string {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query.trim())
  if (topic) params.set('topic', topic)
  const search = params.toString()
  return search ? `/search?${search}` : '/search'
}

/** `/api/search?q=…&topic=…&limit=…`. */
export function apiSearchHref(query: string, topic: string | null | undefined, limit: number): string {
  const params = new URLSearchParams({ q: query })
  if (topic) params.set('topic', topic)
  params.set('limit', String(limit))
  return `/api/search?${params.toString()}`
}

/** The query and topic of a `/search` address's query string. */
export function readSearchLocation(search: string): { query: string; topic: string | null } {
  const params = new URLSearchParams(search)
  return { query: params.get('q') ?? '', topic: params.get('topic') || null }
}
