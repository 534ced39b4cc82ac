/**
 * The site's content as the running server serves it: the snapshot the content step wrote, loaded
 * into a content store once per process (again after each edit in `next dev`). Server-only: it
 * reads files, and no browser bundle may carry the content.
 */
import 'server-only'
import { readContentSnapshot, servedSnapshotPath, snapshotVersion } from './snapshot'
import { createContentStore, loadContent, type ContentStore } from './store'

let siteContent: { store: ContentStore; version: number | undefined } | undefined

/**
 * The site's content: the snapshot of `content/` (or `$CONTENT_DIR`) that the content step wrote,
 * or in production the build's own copy (lib/content/snapshot.ts). Read once per process; in
 * `next dev` it is read again whenever `contentlayer2 dev` writes a new one, so an edit shows on
 * the next request.
 */
export function getContent(): ContentStore {
  const file = servedSnapshotPath()
  const stale = !siteContent || (process.env.NODE_ENV === 'development' && snapshotVersion(file) !== siteContent.version)
  if (stale) {
    const version = snapshotVersion(file)
    siteContent = { store: createContentStore(loadContent(readContentSnapshot(file))), version }
  }
  return siteContent!.store
}
