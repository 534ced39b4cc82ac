/**
 * A published content release: the snapshot the content step wrote (the same bytes as
 * `.contentlayer/content-snapshot.json`) with a manifest that lets an instance refuse a copy it
 * must not serve. Content is versioned apart from code: a build carries the snapshot it was built
 * from as a fallback, and `npm run publish` (lib/release) makes a newer one current for every
 * instance without a rebuild.
 *
 * - The version is the first 12 hex digits of the snapshot's SHA-256: the same content is the same
 *   version on every machine, and publishing unchanged content changes nothing.
 * - An instance refuses a release whose bytes do not hash to the manifest's `sha256`, whose
 *   `schema` is not `RELEASE_SCHEMA_VERSION` (a build that reads another layout), or whose version
 *   does not match its hash.
 *
 * Where releases live: in Redis when the site runs several instances (`REDIS_URL`; the keys are
 * `releaseKeys()`), else in a local folder (`localReleaseDir()`). This module names both layouts;
 * the publishing side is lib/release, the serving side lib/content/server.ts.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { z } from 'zod'
import type { ContentlayerDocument } from './source'

/** The response header naming the content version that answered (proxy.ts, the content API). */
export const CONTENT_VERSION_HEADER = 'X-Content-Version'

/** Bump when the snapshot's layout changes in a way an older build cannot read. */
export const RELEASE_SCHEMA_VERSION = 1

export const releaseManifestSchema = z.strictObject({
  schema: z.number().int(),
  version: z.string().regex(/^[0-9a-f]{12}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  publishedAt: z.iso.datetime(),
})
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>

export class RefusedReleaseError extends Error {
  override name = 'RefusedReleaseError'
}

export function sha256Of(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The version of a snapshot's bytes. */
export function contentVersionOf(bytes: Buffer | string): string {
  return sha256Of(bytes).slice(0, 12)
}

export function releaseManifestFor(bytes: Buffer, publishedAt: Date = new Date()): ReleaseManifest {
  const sha256 = sha256Of(bytes)
  return { schema: RELEASE_SCHEMA_VERSION, version: sha256.slice(0, 12), sha256, bytes: bytes.length, publishedAt: publishedAt.toISOString() }
}

/**
 * The documents of a release, once it has passed its integrity check; throws a
 * `RefusedReleaseError` saying why not. Validation of the documents themselves (the zod schemas)
 * follows when the store is made (`loadContent`).
 */
export function openRelease(manifestText: string | null | undefined, bytes: Buffer | null | undefined): { manifest: ReleaseManifest; documents: ContentlayerDocument[] } {
  if (manifestText === null || manifestText === undefined) throw new RefusedReleaseError('its manifest is missing')
  if (bytes === null || bytes === undefined) throw new RefusedReleaseError('its snapshot is missing')
  let raw: unknown
  try {
    raw = JSON.parse(manifestText)
  } catch {
    throw new RefusedReleaseError('its manifest is not JSON')
  }
  const parsed = releaseManifestSchema.safeParse(raw)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'manifest'}: ${issue.message}`)
    throw new RefusedReleaseError(`its manifest is not valid (${fields.join('; ')})`)
  }
  const manifest = parsed.data
  if (manifest.schema !== RELEASE_SCHEMA_VERSION) {
    throw new RefusedReleaseError(
      `it has schema version ${manifest.schema}, this build reads ${RELEASE_SCHEMA_VERSION}: publish again from a checkout of this build`,
    )
  }
  const sha256 = sha256Of(bytes)
  if (sha256 !== manifest.sha256 || bytes.length !== manifest.bytes) {
    throw new RefusedReleaseError(`its snapshot fails the integrity check (sha256 ${sha256.slice(0, 12)}…, manifest says ${manifest.sha256.slice(0, 12)}…)`)
  }
  if (manifest.version !== sha256.slice(0, 12)) throw new RefusedReleaseError(`its version ${manifest.version} is not its hash`)
  let documents: unknown
  try {
    documents = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new RefusedReleaseError(`its snapshot is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!Array.isArray(documents)) throw new RefusedReleaseError('its snapshot is not a list of documents')
  return { manifest, documents: documents as ContentlayerDocument[] }
}

/** How many published versions are kept (the current one included); older ones are deleted. */
export const KEPT_RELEASES = 5

/**
 * The Redis layout. Content is not prefixed by the build id (code and content are versioned apart,
 * and a new build must find the content published before it):
 * - `<prefix>release:<version>:manifest` and `<prefix>release:<version>:snapshot`: one release,
 *   written once and never changed (a version is its hash);
 * - `<prefix>current`: the version every instance serves, the one pointer a publish moves;
 * - `<prefix>history`: the kept versions, newest first (rollback, retention);
 * - channel `<prefix>published`: the new current version, so instances switch at once instead of
 *   polling; an instance that missed it (started later, reconnecting) reads `current` itself.
 * A publish writes the release, moves the pointer and trims the history in one MULTI, so a failure
 * leaves the pointer where it was.
 */
export const RELEASE_KEY_PREFIX = 'gsa:content:'

export function releaseKeys(prefix: string = RELEASE_KEY_PREFIX) {
  return {
    manifest: (version: string) => `${prefix}release:${version}:manifest`,
    snapshot: (version: string) => `${prefix}release:${version}:snapshot`,
    current: `${prefix}current`,
    history: `${prefix}history`,
    channel: `${prefix}published`,
  }
}

export const RELEASE_DIR_VARIABLE = 'CONTENT_RELEASE_DIR'

/**
 * The local folder of releases (no Redis: one server): `$CONTENT_RELEASE_DIR`, else
 * `.content-releases` in the directory the server runs in (the project root for `next start`).
 * It holds `<version>.manifest.json`, `<version>.json` and `releases.json` (`{ current, history }`),
 * the last written whole by a rename, so a reader sees the old pointer or the new one.
 */
export function localReleaseDir(root: string = process.cwd(), env: Partial<Record<string, string>> = process.env): string {
  return path.resolve(root, env[RELEASE_DIR_VARIABLE] || '.content-releases')
}

export const RELEASE_INDEX_FILE = 'releases.json'

export const releaseIndexSchema = z.strictObject({
  current: z.string().regex(/^[0-9a-f]{12}$/),
  history: z.array(z.string().regex(/^[0-9a-f]{12}$/)),
})
export type ReleaseIndex = z.infer<typeof releaseIndexSchema>

export function localReleaseFiles(dir: string, version: string) {
  return { manifest: path.join(dir, `${version}.manifest.json`), snapshot: path.join(dir, `${version}.json`) }
}
