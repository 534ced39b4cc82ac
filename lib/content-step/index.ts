/**
 * lib/content-step — the content step: what contentlayer2 runs at build time (and on every save
 * under `contentlayer2 dev`) to turn `content/` into the snapshot the site serves.
 *
 * Owns: the Markdown pipeline (`markdown.ts`) and the render pool that runs it across cores
 * (`render-pool.ts`, `render-worker.ts`); reading the content folder beyond what contentlayer2
 * reports (`folder.ts`, `text-files.ts`); the body facts documents carry for the checks
 * (`documents.ts`); the verdict on the whole folder (`build.ts`); writing the snapshot
 * (`snapshot-writer.ts`) and the problems report (`problems-report.ts`); each article's history
 * read from git, and what it says the frontmatter does not (`history.ts`).
 *
 * May import: lib/content, lib/editorial, lib/routes.
 *
 * Only for: contentlayer.config.ts, next.config.ts, scripts/.
 *
 * Entries: this module alone. It loads esbuild and worker threads, so no Next.js server or browser
 * bundle may import it: app/, components/, the proxy and the other lib folders never do.
 */
export { checkContentBuild, isStrictContent } from './build'
export { countMarkdownFiles } from './folder'
export { attachContentHistory, historyProblems, readContentHistory, type ContentHistory } from './history'
export { BODY_FACTS_FIELD, bodyFactsOf, readGeneratedDocuments, servedDocument } from './documents'
export { readContentFilesAsText } from './text-files'
export { clearContentProblems, isContentWatcher, writeContentProblems } from './problems-report'
export { configureMarkdown } from './markdown'
export { markdownRenderer, renderPlan } from './render-pool'
export { copyContentSnapshot, removeContentSnapshot, writeContentSnapshot } from './snapshot-writer'
