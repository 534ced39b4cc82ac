/**
 * The site's content as the running server serves it: the snapshot the content step wrote, loaded
 * into a content store once per process (again after each edit in `next dev`). Server-only: it
 * reads files, and no browser bundle may carry the content.
 */
import 'server-only'
import path from 'node:path'
import { readContentSnapshot, servedSnapshotPath, snapshotVersion } from './snapshot'
import { createContentStore, loadContent, type ContentStore } from './store'

interface SiteContent {
  store: ContentStore
  version: number | undefined
}

/**
 * One store per process, kept on `globalThis`: Next.js bundles the proxy, instrumentation and the
 * routes separately, and a module-level variable would hold one copy of the content per bundle.
 */
const SITE_CONTENT = Symbol.for('gut-skin-axis.site-content')
const cache = globalThis as typeof globalThis & { [SITE_CONTENT]?: SiteContent }

/**
 * The site's content: the snapshot of `content/` (or `$CONTENT_DIR`) that the content step wrote,
 * or in production the build's own copy (lib/content/snapshot.ts). Read once per process; in
 * `next dev` it is read again whenever `contentlayer2 dev` writes a new one, so an edit shows on
 * the next request.
 */
export function getContent(): ContentStore {
  const file = servedSnapshotPath()
  const current = cache[SITE_CONTENT]
  if (current && !(process.env.NODE_ENV === 'development' && snapshotVersion(file) !== current.version)) return current.store
  const version = snapshotVersion(file)
  const store = createContentStore(loadContent(readContentSnapshot(file)))
  cache[SITE_CONTENT] = { store, version }
  return store
}

/**
 * Loads the content this server will serve, once, at start (instrumentation.ts): a production
 * server without valid content must stop with a message naming the file rather than answer 500 to
 * every request.
 * @returns `undefined` when the content loads, otherwise the message to print
 */
export function servedContentProblem(): string | undefined {
  const file = servedSnapshotPath()
  try {
    getContent()
    return undefined
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const relative = path.relative(process.cwd(), file) || file
    return message.includes(relative) ? message : `The content at ${relative} is not valid:\n${message}`
  }
}
