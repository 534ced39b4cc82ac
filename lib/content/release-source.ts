/**
 * Where a production server finds the published release (lib/content/release.ts) and learns of the
 * next one: Redis when `REDIS_URL` is set (the cluster), else the local release folder (one server).
 * Server-only: lib/content/server.ts starts one of these at server start.
 *
 * - Redis: a subscriber on the `published` channel; a notice only says "look again", and the
 *   server then reads the `current` pointer, so notices that arrive late or out of order, or not at
 *   all (an instance started later, or cut off from Redis), end the same way: every time the
 *   connection becomes ready again, the pointer is read.
 * - Local: the folder's index file is watched (stat once a second); a publish renames a new index
 *   into place, so a change is seen within a second.
 */
import 'server-only'
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs'
import path from 'node:path'
import { createClient } from 'redis'
import { localReleaseFiles, openRelease, releaseIndexSchema, releaseKeys, RefusedReleaseError, RELEASE_INDEX_FILE } from './release'
import type { ContentCandidate } from './served-content'

export type Deliver = (candidate: ContentCandidate) => void
export type Refuse = (version: string, reason: string) => void

const readOrNull = (file: string): Buffer | null => (existsSync(file) ? readFileSync(file) : null)

/**
 * The current release of a local folder, checked; `undefined` when nothing was published there.
 * @throws RefusedReleaseError when the index or the release cannot be served
 */
export function readLocalRelease(dir: string): ContentCandidate | undefined {
  const indexFile = path.join(dir, RELEASE_INDEX_FILE)
  if (!existsSync(indexFile)) return undefined
  let index
  try {
    index = releaseIndexSchema.parse(JSON.parse(readFileSync(indexFile, 'utf8')))
  } catch {
    throw new RefusedReleaseError(`${indexFile} is not a valid release index`)
  }
  const files = localReleaseFiles(dir, index.current)
  const manifest = readOrNull(files.manifest)
  const { manifest: checked, documents } = openRelease(manifest?.toString('utf8'), readOrNull(files.snapshot))
  return { version: checked.version, source: `release ${checked.version} (local, ${dir})`, documents: () => documents }
}

/** Watches the local folder; returns the function that stops watching. */
export function watchLocalReleases(dir: string, deliver: Deliver, refuse: Refuse): () => void {
  const indexFile = path.join(dir, RELEASE_INDEX_FILE)
  const check = () => {
    try {
      const candidate = readLocalRelease(dir)
      if (candidate) deliver(candidate)
    } catch (error) {
      refuse('(local)', error instanceof Error ? error.message : String(error))
    }
  }
  watchFile(indexFile, { interval: 1_000, persistent: false }, check)
  return () => unwatchFile(indexFile, check)
}

export interface RedisReleases {
  /** Reads the pointer now and delivers its release when it is not the served one. */
  catchUp(): Promise<void>
  close(): Promise<void>
}

/**
 * Follows the releases in Redis. Resolves once the first catch-up has been tried (or after
 * `waitMs`, Redis being down): a server starting while Redis is down serves what it has, and
 * catches up when Redis is back.
 */
export async function followRedisReleases(
  url: string,
  { deliver, refuse, servedVersion, log, waitMs = 3_000 }: { deliver: Deliver; refuse: Refuse; servedVersion: () => string; log: (message: string) => void; waitMs?: number },
): Promise<RedisReleases> {
  const keys = releaseKeys()
  const options = {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
  }
  const client = createClient(options)
  const subscriber = createClient(options)
  let up: boolean | undefined
  const onError = (error: Error) => {
    if (up !== false) log(`Redis at ${url} cannot be reached (${error.message}): serving the current content until it returns.`)
    up = false
  }
  client.on('error', onError)
  subscriber.on('error', () => undefined)

  let queue: Promise<void> = Promise.resolve()
  const readCurrent = async () => {
    const version = await client.get(keys.current)
    if (!version || version === servedVersion()) return
    const [manifest, snapshot] = await client.mGet([keys.manifest(version), keys.snapshot(version)])
    try {
      const { manifest: checked, documents } = openRelease(manifest, snapshot === null || snapshot === undefined ? null : Buffer.from(snapshot, 'utf8'))
      deliver({ version: checked.version, source: `release ${checked.version} (redis)`, documents: () => documents })
    } catch (error) {
      refuse(version, error instanceof Error ? error.message : String(error))
    }
  }
  const catchUp = () => {
    queue = queue.then(readCurrent).catch((error: unknown) => log(`reading the current release failed: ${error instanceof Error ? error.message : String(error)}`))
    return queue
  }

  let first: (() => void) | undefined
  const firstTry = new Promise<void>((resolve) => (first = resolve))
  client.on('ready', () => {
    if (up !== true) log(`Redis at ${url} is up: following the published content.`)
    up = true
    void catchUp().then(() => first?.())
  })
  subscriber.on('ready', () => void catchUp())
  client.connect().catch((error: unknown) => log(`Redis client stopped: ${error instanceof Error ? error.message : String(error)}`))
  subscriber
    .connect()
    .then(() => subscriber.subscribe(keys.channel, () => void catchUp()))
    .catch((error: unknown) => log(`Redis subscriber stopped: ${error instanceof Error ? error.message : String(error)}`))
  const timer = new Promise<void>((resolve) => setTimeout(resolve, waitMs).unref())
  await Promise.race([firstTry, timer])
  return {
    catchUp,
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()])
    },
  }
}
