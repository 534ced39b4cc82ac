/**
 * The site's content as the running server serves it. Server-only: it reads files and Redis, and
 * no browser bundle may carry the content.
 *
 * - `next dev`, tests and scripts: the content step's snapshot, read again whenever
 *   `contentlayer2 dev` writes a new one.
 * - Production: the published release (lib/content/release.ts) when there is one, from Redis
 *   (`REDIS_URL`) or the local release folder, else the snapshot the build was made from. A newer
 *   release replaces it while the server runs (lib/content/release-source.ts tells it, at once):
 *   it is checked (hash, schema version, the zod schemas) and refused, with a log line saying why,
 *   if it fails; after a switch the cached answers it changed are revalidated (changed-paths.ts).
 *
 * One request, one snapshot: `getContent()` is wrapped in React's `cache()`, so every call made
 * while rendering one request (layout, page, metadata) gets the same store even if a switch
 * happens meanwhile; a route handler calls it once and keeps the store.
 */
import 'server-only'
import path from 'node:path'
import { cache } from 'react'
import { pathTags, revalidateTags } from '../cache/shared-cache'
import { changedPaths } from './changed-paths'
import { contentVersionOf, localReleaseDir } from './release'
import { followRedisReleases, readLocalRelease, watchLocalReleases } from './release-source'
import { createContentHolder, servedContentFrom, type ContentCandidate, type ContentHolder, type ServedContent } from './served-content'
import { parseContentSnapshot, readSnapshotBytes, servedSnapshotPath, snapshotVersion } from './snapshot'
import type { ContentStore } from './store'

interface SiteContent {
  holder: ContentHolder
  /** The snapshot file's mtime when it was read (`next dev` reloads on change). */
  mtime: number | undefined
  following?: boolean
}

/**
 * One holder per process, kept on `globalThis`: Next.js bundles the proxy, instrumentation and the
 * routes separately, and a module-level variable would hold one copy of the content per bundle.
 */
const SITE_CONTENT = Symbol.for('gut-skin-axis.site-content')
const state = globalThis as typeof globalThis & { [SITE_CONTENT]?: SiteContent }

const production = () => process.env.NODE_ENV === 'production'
const log = (message: string) => console.warn(`[content] ${new Date().toISOString()} ${message}`)

function snapshotCandidate(file: string, source: string): ContentCandidate {
  const bytes = readSnapshotBytes(file)
  return { version: contentVersionOf(bytes), source, documents: () => parseContentSnapshot(bytes, file) }
}

/** What a process serves first: a published local release (production, no Redis), else its snapshot. */
function initialContent(): ServedContent {
  const file = servedSnapshotPath()
  // `next build` renders from the snapshot it copied in, never from a release published here.
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (production() && !building && !process.env.REDIS_URL) {
    const dir = localReleaseDir()
    try {
      const release = readLocalRelease(dir)
      if (release) return servedContentFrom(release)
    } catch (error) {
      log(`refused the published release in ${dir}: ${error instanceof Error ? error.message : String(error)}; serving the build's snapshot.`)
    }
  }
  return servedContentFrom(snapshotCandidate(file, production() ? 'build' : 'content step'))
}

function siteContent(): SiteContent {
  const file = servedSnapshotPath()
  const current = state[SITE_CONTENT]
  if (current && !(process.env.NODE_ENV === 'development' && snapshotVersion(file) !== current.mtime)) return current
  const mtime = snapshotVersion(file)
  const fresh: SiteContent = { holder: createContentHolder(initialContent()), mtime }
  state[SITE_CONTENT] = fresh
  return fresh
}

/** The content served now, with its version. */
export function servedContent(): ServedContent {
  return siteContent().holder.current()
}

/** What this request reads: taken once per request (React's `cache`), whatever switches meanwhile. */
const requestContent = cache((): ServedContent => servedContent())

/** The store for this request: the same one for every call while one request renders. */
export function getContent(): ContentStore {
  return requestContent().store
}

/** The version of the content this request reads (the `X-Content-Version` header). */
export function contentVersion(): string {
  return requestContent().version
}

/** Time for renders begun on the old store to finish; their entries are dropped again then. */
const SECOND_PASS_MS = 3_000

/**
 * Offers a release to this process: switches to it if it is new and valid, then revalidates what it
 * changed; a refusal is logged and changes nothing.
 */
export async function offerRelease(candidate: ContentCandidate): Promise<void> {
  const result = siteContent().holder.offer(candidate)
  if (result.outcome === 'unchanged') return
  if (result.outcome === 'refused') {
    log(`refused release ${candidate.version}: ${result.reason}; still serving ${result.current.version}.`)
    return
  }
  const changed = changedPaths(result.previous.store, result.next.store)
  const tags = pathTags(changed.paths, { everyPage: changed.everyPage })
  log(
    `now serving ${result.next.source} (was ${result.previous.version}); revalidating ${changed.everyPage ? 'every page' : `${changed.paths.length} path(s)`}.`,
  )
  try {
    await revalidateTags(tags)
    setTimeout(() => void revalidateTags(tags).catch(() => undefined), SECOND_PASS_MS).unref()
  } catch (error) {
    log(`revalidating after the switch failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Production server start (instrumentation-node.ts): follows the published releases, and waits
 * for Redis's current one (a few seconds at most) so that the first request is answered from it.
 */
export async function followPublishedContent(): Promise<void> {
  const site = siteContent()
  if (site.following) return
  site.following = true
  const deliver = (candidate: ContentCandidate) => void offerRelease(candidate)
  const refuse = (version: string, reason: string) =>
    log(`refused release ${version}: ${reason}; still serving ${servedContent().version}.`)
  const url = process.env.REDIS_URL
  if (url) {
    await followRedisReleases(url, { deliver, refuse, servedVersion: () => servedContent().version, log })
  } else {
    watchLocalReleases(localReleaseDir(), deliver, refuse)
  }
  log(`serving ${servedContent().source}, content version ${servedContent().version}.`)
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
