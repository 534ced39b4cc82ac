/**
 * lib/cache — the site's shared cache seen from the application: on-demand revalidation rules
 * (`revalidation.ts`, server-only). The cache handler itself is cache-handler.mjs at the project
 * root (Next.js loads it as it is).
 *
 * May import: lib/preview (the constant-time secret check), lib/routes.
 *
 * Entries: this module, for route handlers. Second entry: `lib/cache/build-id` (`build-id.ts`), the
 * build's identity, for next.config.ts.
 */
export * from './revalidation'
