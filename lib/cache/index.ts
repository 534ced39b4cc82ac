/**
 * lib/cache — the site's shared cache seen from the application: on-demand revalidation rules
 * (`revalidation.ts`, server-only). The cache handler itself is cache-handler.mjs at the project
 * root (Next.js loads it as it is); the build's identity is `build-id.ts`, the second entry, for
 * next.config.ts.
 *
 * May import: lib/preview (the constant-time secret check).
 */
export * from './revalidation'
