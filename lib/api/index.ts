/**
 * lib/api — the versioned content API under `/api/v1` (headless clients: apps, newsletters,
 * partner sites).
 *
 * Owns: the contract, as zod schemas of every response and parameter (`schemas.ts`, the one
 * module); the OpenAPI 3.1 document generated from them (`openapi.ts`); query and cursor parsing
 * (`params.ts`); the store's objects as response bodies (`resources.ts`); the endpoints
 * (`handlers.ts`); HTTP: preview token, ETag/304, Last-Modified, Cache-Control, CORS, Link, 405
 * and RFC 9457 problems (`http.ts`); the reference page (`docs.ts`); and the Next.js route handlers
 * (`next.ts`, server-only). Client types generated from the document live in
 * scripts/generated/api-client-types.ts (`npm run api:types`).
 *
 * May import: lib/content (the content store decides what is visible; nothing here filters for
 * visibility), lib/editorial (evidence grades, reference links), lib/preview (the secret and its
 * constant-time check), lib/routes, lib/site.
 *
 * Entries: this module, for app/api/v1/** (route handlers) and tests. `openapi.ts` imports no
 * server-only module, so scripts can generate the document outside the Next.js server. Second
 * entry: `lib/api/docs` (`docs.ts`), the reference page and its Content-Security-Policy, for
 * next.config.ts, which must not load the server-only route handlers.
 */
export * from './next'
export { answerApiRequest, API_ENDPOINTS, type ApiContext, type ApiEndpoint } from './handlers'
export { createOpenApiDocument, openApiDocument, PROBLEM_MEDIA_TYPE } from './openapi'
