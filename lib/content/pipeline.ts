/**
 * The content step's entry into lib/content, for code that runs outside the Next.js server:
 * contentlayer.config.ts (check the documents, write the snapshot), next.config.ts (copy it into
 * the build) and scripts/. Nothing reachable from here is server-only.
 */
export { checkContentBuild, isStrictContent } from './build'
export { contentDir, countMarkdownFiles } from './folder'
export { BODY_FACTS_FIELD, bodyFactsOf } from './documents'
export { readContentFilesAsText } from './text-files'
export { clearContentProblems, isContentWatcher, writeContentProblems } from './problems-file'
export { configureMarkdown } from './markdown'
export { COLLECTIONS, DATA_FILES, dataFileKeys, frontmatterKeys, type CollectionName, type DataFileName } from './schema'
export {
  copyContentSnapshot,
  DEFAULT_DIST_DIR,
  readContentSnapshot,
  readGeneratedDocuments,
  removeContentSnapshot,
  servedSnapshotPath,
  SNAPSHOT_FILE_NAME,
  writeContentSnapshot,
} from './snapshot'
export { createContentStore, loadContent, type ArticleNeedingReview, type ContentStore } from './store'
export { searchSynonymsSchema, type SynonymGroups } from './synonyms'
