/**
 * lib/cache — the site's shared cache seen from the application: on-demand revalidation rules
 * (`revalidation.ts`, server-only), revalidation after a content switch (`shared-cache.ts`) and the
 * build's identity (`build-id.ts`). The cache handler itself is cache-handler.mjs at the project
 * root (Next.js loads it as it is).
 *
 * May import: lib/preview (the constant-time secret check), lib/routes.
 *
 * Entries: this module, for route handlers. Second entry: `lib/cache/build-id` (`build-id.ts`), the
 * build's identity, for next.config.ts. Third entry: `lib/cache/shared-cache` (`shared-cache.ts`,
 * server-only, imports nothing), revalidating paths from outside a request, for lib/content/server.ts
 * after a content switch.
 */
export * from './revalidation'
