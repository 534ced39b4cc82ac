/**
 * What browser code may import of lib/search: the shape of an answer and the addresses of search
 * pages and requests. Nothing here reaches the engine or the content.
 */
export * from './types'
export * from './url'
