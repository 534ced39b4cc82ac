/**
 * The sentence that tells a reader what a search found, announced by the `/search` page and the
 * header's suggestion list (a `role="status"` region). Pure and browser-safe: no imports but types.
 */
import type { SearchResponse } from './types'

/** Where a search request from the browser stands. */
export type SearchRequestStatus = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string }

/** Shown before the reader has typed anything. */
export const SEARCH_PROMPT = 'Type a word or two: a condition, a nutrient, a microbe.'

const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`)

/**
 * "2 articles match “eczema” in Nutrients; the best 1 is shown.", "No articles match “zzz”.", the
 * prompt when there is no search, or the error message of a failed request.
 */
export function searchStatusSentence(response: SearchResponse | null, status: SearchRequestStatus = { state: 'idle' }): string {
  if (status.state === 'error') return status.message
  if (!response) return SEARCH_PROMPT
  const inTopic = response.topic
    ? ` in ${response.facets.find((facet) => facet.slug === response.topic)?.title ?? response.topic}`
    : ''
  const { total, query } = response
  if (total === 0) return `No articles match “${query}”${inTopic}.`
  const shown = response.results.length
  const partial = total > shown ? `; the best ${shown} ${shown === 1 ? 'is' : 'are'} shown` : ''
  return `${articles(total)} ${total === 1 ? 'matches' : 'match'} “${query}”${inTopic}${partial}.`
}
