/**
 * lib/search — site search, answered by the server.
 *
 * Owns the engine, pure and plain TypeScript over its own types:
 * - `text.ts`: folding, tokenising, index terms, stop words, Markdown to searchable text;
 * - `query.ts`: cleaning a query, synonym groups, reading a query as concepts, prefix and typo
 *   expansion against the vocabulary;
 * - `highlight.ts`: matched words as `Segment`s, and the snippet shown under a result;
 * - `postings.ts`: the documents, FlexSearch's per-field indexes and the vocabulary, and the
 *   scores of a word or phrase over typed arrays;
 * - `engine.ts`: the index as callers use it (sync, search): ranking, passes, hits, facets.
 *
 * And around it: the index over the public articles kept current in the server (`site-search.ts`),
 * the `/api/search` parameters (`params.ts`), what a search answers (`types.ts`), the limits shared
 * with the browser (`limits.ts`) and the sentence that describes an answer (`status.ts`).
 *
 * May import: lib/content (public articles and topics, the synonym groups), lib/routes.
 *
 * Entries: this module, for the server (it includes the server-only site index). Second entry:
 * `lib/search/client` (`client.ts`), for browser code, which gets the answer types, limits and the
 * status sentence only.
 */
export * from './site-search'
export * from './params'
export * from './status'
export * from './types'
export * from './limits'
