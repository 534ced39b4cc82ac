/**
 * lib/search — site search, answered by the server.
 *
 * Owns: the engine (`engine.ts`: indexing, query parsing with synonyms, typo and prefix matching,
 * ranking, highlighting), the index over the public articles kept current in the server
 * (`site-search.ts`), the `/api/search` parameters (`params.ts`), the synonym file read for
 * benchmarks (`synonyms.ts`), and what a search answers (`types.ts`, `url.ts`).
 *
 * May import: lib/content (public articles and topics, the synonym groups). The engine itself is
 * plain TypeScript over its own types.
 *
 * Entries: this module, for the server (it includes the server-only site index); `./client`, for
 * browser code, which gets the answer types and addresses only.
 */
export * from './site-search'
export * from './params'
export * from './types'
export * from './url'
