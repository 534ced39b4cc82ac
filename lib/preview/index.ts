/**
 * lib/preview — editors' preview of unpublished articles (Next.js Draft Mode).
 *
 * Owns: the preview secret and its constant-time check, the `/api/preview` parameters and answers,
 * and the addresses of preview entry, exit and the editors' index (`draft-mode.ts`).
 *
 * May import: lib/content (to find the article to preview), lib/routes.
 */
export * from './draft-mode'
