/**
 * lib/content — the content model and the one content store, at request time.
 *
 * Owns: the zod schemas that decide what a valid document is (`schema.ts`, `synonyms.ts`) and the
 * types inferred from them; turning contentlayer2's documents into typed content with every problem
 * named by file and field (`source.ts`, `validation.ts`); reading the snapshot the content step
 * wrote (`snapshot.ts`) and its problems report (`problems-file.ts`); the published release's
 * format, integrity check and storage layout (`release.ts`); the paths a switch of snapshot makes
 * stale (`changed-paths.ts`); the served content and its atomic switch (`served-content.ts`), fed by
 * the release sources (`release-source.ts`, server-only); the visibility rule
 * (`visibility.ts`); the content store, declared in `content-store.ts` (a readers' view and an
 * editors' view) and implemented in `store.ts`, through which every page, list, feed, sitemap,
 * search and API answer gets its articles; what a whole article's page needs (`article-view.ts`,
 * `table-of-contents.ts`), what an author's page needs (`author-view.ts`) and the editors' desk
 * (`desk.ts`); an article's history: the commits the content step read from git
 * (`git-history.ts`, the snapshot's `gitHistory`) and what readers are told of them and of the
 * listed changes, the corrections included (`article-history.ts`).
 *
 * May import: lib/editorial, lib/routes, lib/site, lib/zod-messages, lib/cache (server.ts only: the
 * revalidation after a switch).
 *
 * Entries: this module, for every caller, including code that runs outside the Next.js server
 * (lib/content-step, scripts/): nothing reachable from it is server-only. Second entry:
 * `lib/content/server` (`server.ts`), the server's own store of the served snapshot (`getContent`,
 * bound once per request; `servedContent`; following published releases), server-only.
 */
export * from './store'
export * from './schema'
export * from './table-of-contents'
export { readContentProblems, contentProblemsPath, PROBLEMS_FILE_NAME } from './problems-file'
export {
  buildSnapshotPath,
  contentStepSnapshotPath,
  CONTENTLAYER_DIR,
  CorruptSnapshotError,
  DEFAULT_DIST_DIR,
  MissingSnapshotError,
  readContentSnapshot,
  servedSnapshotPath,
  SNAPSHOT_FILE_NAME,
  snapshotVersion,
} from './snapshot'
export { toContentSource, toSourceDocument, type ContentlayerData, type ContentlayerDocument } from './source'
export { formatProblems, validateContent, type ContentProblem, type ContentSource, type SourceDocument, type ValidContent } from './validation'
export {
  CONTENT_VERSION_HEADER,
  contentVersionOf,
  KEPT_RELEASES,
  localReleaseDir,
  localReleaseFiles,
  openRelease,
  RefusedReleaseError,
  RELEASE_DIR_VARIABLE,
  RELEASE_INDEX_FILE,
  RELEASE_KEY_PREFIX,
  RELEASE_SCHEMA_VERSION,
  releaseIndexSchema,
  releaseKeys,
  releaseManifestFor,
  sha256Of,
  type ReleaseIndex,
  type ReleaseManifest,
} from './release'
export { changedPaths, pathFingerprints, type ChangedPaths } from './changed-paths'
export { searchSynonymsSchema, type SynonymGroups } from './synonyms'
export {
  GIT_HISTORY_FIELD,
  gitHistorySchema,
  HISTORY_NOTES,
  HISTORY_SOURCES,
  type GitHistory,
  type GitHistoryRecord,
  type HistorySource,
  type Revision,
} from './git-history'
export { articleHistory, correctionsOf, listedChanges, reviewCovers, type ArticleHistory, type CorrectionEntry, type ListedChange, type ListedChangeKind } from './article-history'
