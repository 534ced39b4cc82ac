/**
 * lib/content — the content model and the one content store.
 *
 * Owns: the zod schemas that decide what a valid document is (`schema.ts`) and the types inferred
 * from them; reading contentlayer2's documents (`documents.ts`, `folder.ts`); validation with every
 * problem named by file and field (`validation.ts`, `build.ts`); the Markdown pipeline
 * (`markdown.ts`); the snapshot the content step writes and the server reads (`snapshot.ts`); the
 * visibility rule (`visibility.ts`) and the content store through which every page, list, feed,
 * sitemap and search gets its articles (`store.ts`, `site-content.ts`).
 *
 * May import: lib/editorial (the rules validation runs, references and review dates), lib/site,
 * lib/routes, lib/zod-messages. Nothing else in lib/ may be imported here.
 *
 * Entries: this module, for app/, components/ and the other folders (it includes the server-only
 * `getContent`); `./pipeline`, for code that runs outside the Next.js server (contentlayer.config.ts,
 * next.config.ts, scripts/), which must not load server-only modules; `./render-pool`, for
 * contentlayer.config.ts alone, which loads esbuild and worker threads that no server bundle may hold.
 */
export * from './store'
export * from './schema'
export * from './site-content'
export * from './table-of-contents'
export { readContentProblems } from './problems-file'
export { contentDir } from './folder'
export type { ContentProblem, ValidContent } from './validation'
export type { SynonymGroups } from './synonyms'
