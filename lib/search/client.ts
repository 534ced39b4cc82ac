/**
 * What browser code may import of lib/search: the shape of an answer, the addresses of search pages
 * and requests, and the sentence that describes an answer. Nothing here reaches the engine or the
 * content.
 */
export * from './status'
export * from './types'
export * from './limits'
