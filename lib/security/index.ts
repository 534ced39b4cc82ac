/**
 * lib/security — what every response carries and what every request must pass.
 *
 * Owns: the security headers and Content-Security-Policy (`headers.ts`, sent by next.config.ts and
 * the proxy); the proxy's screening of requests: methods, malformed paths, and addresses of content
 * that does not exist (`request-guard.ts`); and, for the Node.js server only, the prerendered 404
 * page the proxy answers with (`not-found-page.ts`), the screen of raw requests no route can take
 * (`raw-requests.ts`: odd methods and request targets, methods on build assets, image URLs) and its
 * installation on the HTTP server, which also fills in missing security headers
 * (`unsupported-methods.ts`), and the compression of every response a lone server sends
 * (`compression.ts`).
 *
 * May import: lib/content (types only: the content store is passed in, so that next.config.ts can
 * import this module without reading content), lib/routes.
 *
 * Entries: this module, for next.config.ts, the proxy and pages. Second entry:
 * `lib/security/server` (`server.ts`), for proxy.ts and instrumentation-node.ts: the parts that read
 * the build's files or wrap Node's server, which next.config.ts must not load.
 */
export * from './headers'
export * from './request-guard'
