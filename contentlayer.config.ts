/**
 * contentlayer2 reads `content/` (or `$CONTENT_DIR`) into documents. Every field is declared as
 * free-form `json` so that contentlayer2 never skips a document on its own: the zod schemas in
 * lib/content/schema.ts decide what is valid, and `onSuccess` fails the content step with every problem or,
 * when there is none, writes the snapshot the site serves (lib/content/snapshot.ts). Under
 * `contentlayer2 dev` a problem does not end the process: the report goes to a file the development
 * site and the studio show (lib/content/problems-file.ts) and the last valid snapshot stays.
 */
import path from 'node:path'
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files'
import {
  attachContentHistory,
  BODY_FACTS_FIELD,
  bodyFactsOf,
  checkContentBuild,
  clearContentProblems,
  countMarkdownFiles,
  isContentWatcher,
  isStrictContent,
  markdownRenderer,
  readContentFilesAsText,
  readContentHistory,
  readGeneratedDocuments,
  removeContentSnapshot,
  renderPlan,
  writeContentProblems,
  writeContentSnapshot,
} from './lib/content-step'
import {
  COLLECTIONS,
  contentDir,
  DATA_FILES,
  dataFileKeys,
  frontmatterKeys,
  type CollectionName,
  type DataFileName,
} from './lib/content'

function freeFormFields(keys: string[]): FieldDefs {
  return Object.fromEntries(keys.map((key) => [key, { type: 'json' as const }]))
}

const collectionTypes = (Object.keys(COLLECTIONS) as CollectionName[]).map((collection) =>
  defineDocumentType(() => ({
    name: COLLECTIONS[collection].documentType,
    filePathPattern: `${collection}/**/*.md`,
    contentType: 'markdown',
    fields: freeFormFields(frontmatterKeys(collection)),
    // What the link and wording checks read of a body, found while rendering it: kept on the
    // document, a body served from contentlayer2's cache is not parsed again to check it.
    ...(collection === 'articles'
      ? { computedFields: { [BODY_FACTS_FIELD]: { type: 'json' as const, resolve: bodyFactsOf } } }
      : {}),
  })),
)

const dataFileTypes = (Object.keys(DATA_FILES) as DataFileName[]).map((name) =>
  defineDocumentType(() => ({
    name: DATA_FILES[name].documentType,
    filePathPattern: DATA_FILES[name].file,
    contentType: 'data',
    isSingleton: true,
    fields: freeFormFields(dataFileKeys(name)),
  })),
)

const root = contentDir()
// Where contentlayer2 itself writes `.contentlayer/`.
const workDir = process.env.PWD ?? process.cwd()
// Files saved on Windows (CRLF, a byte-order mark) build like any other.
readContentFilesAsText(root)
// A large folder renders in a pool of worker threads (lib/content-step/render-pool.ts), with enough
// documents in flight to keep it busy. `contentlayer2 dev` renders the one file an editor saved,
// at once, in this thread (`npm run dev` builds everything first).
const rendering = isContentWatcher() ? { threads: 0, inThreadFirst: 0 } : renderPlan(countMarkdownFiles(root))
if (rendering.threads > 0) process.env.CONTENTLAYER_CONCURRENCY ??= String(rendering.threads * 8)

export default makeSource({
  contentDirPath: root,
  documentTypes: [...collectionTypes, ...dataFileTypes],
  markdown: markdownRenderer(rendering, workDir),
  disableImportAliasWarning: true,
  onExtraFieldData: 'ignore',
  onUnknownDocuments: 'skip-ignore',
  onSuccess: async () => {
    const allDocuments = readGeneratedDocuments(workDir)
    // Each article's commits, read from git now (they are in no file contentlayer2 caches).
    const history = readContentHistory(path.resolve(root))
    if (history.source === 'shallow' && !isContentWatcher()) {
      console.warn(
        'Content step: a shallow clone has no commit history; article histories show the listed changes only, and edits without a listed change cannot be checked.',
      )
    }
    attachContentHistory(allDocuments, history)
    const problems = checkContentBuild({ allDocuments }, path.resolve(root), root, {
      strict: isStrictContent(),
      watching: isContentWatcher(),
    })
    if (problems) {
      console.error(problems)
      writeContentProblems(workDir, problems)
      if (isContentWatcher()) {
        // `npm run dev`: keep watching and keep serving the last valid snapshot; the site and the
        // studio show this report until a save fixes it.
        return
      }
      removeContentSnapshot(workDir)
      process.exit(1)
    }
    writeContentSnapshot(workDir, allDocuments)
    clearContentProblems(workDir)
  },
})
