/**
 * lib/security — what every response carries and what every request must pass.
 *
 * Owns: the security headers and Content-Security-Policy (`headers.ts`, sent by next.config.ts and
 * the proxy) and the proxy's screening of requests: methods, malformed paths, and addresses of
 * content that does not exist (`request-guard.ts`).
 *
 * May import: lib/routes, and lib/content's types (the content store is passed in, so that
 * next.config.ts can import this module without reading content).
 */
export * from './headers'
export * from './request-guard'
