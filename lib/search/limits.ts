/**
 * Limits shared by the server and the search components in the browser. No imports: the browser
 * gets this file and nothing of the search engine.
 */

/** A query longer than this (in characters) is refused by the API and cut short by `/search`. */
export const MAX_QUERY_LENGTH = 200
/** Results on the `/search` page. */
export const PAGE_RESULTS = 20
/** Results in the header's suggestion list. */
export const POPUP_RESULTS = 6
/** Wait after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 150
