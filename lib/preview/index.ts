/**
 * lib/preview — editors' preview of unpublished articles (Next.js Draft Mode).
 *
 * Owns: the preview secret and its constant-time check, the `/api/preview` parameters and answers,
 * and the addresses of preview entry, exit and the editors' index (`draft-mode.ts`); the signed,
 * expiring preview session that makes preview revocable (`session.ts`), and the one question pages
 * ask, "is this request a valid preview?" (`current.ts`).
 *
 * May import: lib/content (to find the article to preview), lib/routes.
 */
export * from './current'
export * from './draft-mode'
export * from './session'
