/**
 * lib/publishing — how published content reaches readers outside its own pages.
 *
 * Owns: RSS, Atom and JSON feeds (`feeds.ts`), the sitemap and robots rules (`sitemap.ts`), page
 * metadata with Open Graph and Twitter cards (`metadata.ts`), schema.org JSON-LD
 * (`structured-data.ts`) and the social-card images' sizes and fonts (`social-card.ts`).
 *
 * May import: lib/content (the content store and its types), lib/editorial (references, review),
 * lib/site, lib/routes. It never filters articles itself: every list comes from the content store.
 */
export * from './feeds'
export * from './metadata'
export * from './sitemap'
export * from './social-card'
export * from './structured-data'
