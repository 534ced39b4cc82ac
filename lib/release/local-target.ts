/**
 * Releases in a local folder (lib/content/release.ts `localReleaseDir`), for one server without
 * Redis: the server watches the folder's index and switches within a second. Every file is written
 * whole (a temporary file renamed into place), the index last, so a server reads the old release
 * or the new one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  KEPT_RELEASES,
  localReleaseFiles,
  releaseIndexSchema,
  releaseManifestFor,
  RELEASE_INDEX_FILE,
  type ReleaseIndex,
  type ReleaseManifest,
} from '../content'
import { retain } from './retention'
import { PublishError, type PublishResult, type ReleaseListing, type ReleaseTarget } from './target'

function writeWhole(file: string, data: string | Buffer): void {
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, data)
  renameSync(partial, file)
}

export function localReleaseTarget(dir: string, keep: number = KEPT_RELEASES): ReleaseTarget {
  const indexFile = path.join(dir, RELEASE_INDEX_FILE)
  const readIndex = (): ReleaseIndex | undefined => {
    if (!existsSync(indexFile)) return undefined
    const parsed = releaseIndexSchema.safeParse(JSON.parse(readFileSync(indexFile, 'utf8')))
    if (!parsed.success) throw new PublishError(`${indexFile} is not a valid release index: fix or delete it`)
    return parsed.data
  }
  const makeCurrent = (version: string, index: ReleaseIndex | undefined): PublishResult => {
    const previous = index?.current
    const { history, dropped } = retain(index?.history ?? [], version, keep)
    writeWhole(indexFile, `${JSON.stringify({ current: version, history } satisfies ReleaseIndex)}\n`)
    for (const old of dropped) for (const file of Object.values(localReleaseFiles(dir, old))) rmSync(file, { force: true })
    return { version, previous, unchanged: previous === version, dropped }
  }
  return {
    description: `the folder ${dir}`,
    async publish(snapshot, now) {
      mkdirSync(dir, { recursive: true })
      const index = readIndex()
      const manifest = releaseManifestFor(snapshot, now)
      if (index?.current === manifest.version)
        return { version: manifest.version, previous: manifest.version, unchanged: true, dropped: [] }
      const files = localReleaseFiles(dir, manifest.version)
      writeWhole(files.snapshot, snapshot)
      writeWhole(files.manifest, `${JSON.stringify(manifest)}\n`)
      return makeCurrent(manifest.version, index)
    },
    async activate(version) {
      const index = readIndex()
      if (!index?.history.includes(version) || !existsSync(localReleaseFiles(dir, version).snapshot)) {
        throw new PublishError(`version ${version} is not kept in ${dir} (kept: ${index?.history.join(', ') || 'none'})`)
      }
      return makeCurrent(version, index)
    },
    async list(): Promise<ReleaseListing> {
      const index = readIndex()
      return {
        current: index?.current,
        history: (index?.history ?? []).map((version) => {
          const file = localReleaseFiles(dir, version).manifest
          const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseManifest) : undefined
          return { version, publishedAt: manifest?.publishedAt }
        }),
      }
    },
    async close() {},
  }
}
