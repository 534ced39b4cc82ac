/**
 * Releases in Redis (the layout is lib/content/release.ts `releaseKeys`), for the cluster: every
 * instance follows the `current` pointer and the `published` channel. A publish writes the new
 * release, moves the pointer, rewrites the history and deletes the versions it drops in one
 * MULTI/EXEC, then announces the version; Redis unreachable means nothing at all was written.
 * One publisher at a time: a short-lived lock key (`<prefix>lock`) refuses a second one.
 */
import { createClient } from 'redis'
import { KEPT_RELEASES, releaseKeys, releaseManifestFor, RELEASE_KEY_PREFIX, type ReleaseManifest } from '../content'
import { retain } from './retention'
import { PublishError, type PublishResult, type ReleaseListing, type ReleaseTarget } from './target'

const LOCK_SECONDS = 60

export async function redisReleaseTarget(url: string, keep: number = KEPT_RELEASES): Promise<ReleaseTarget> {
  const keys = releaseKeys()
  const lockKey = `${RELEASE_KEY_PREFIX}lock`
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2_000, reconnectStrategy: false } })
  let failure: Error | undefined
  client.on('error', (error: Error) => (failure ??= error))
  try {
    await client.connect()
  } catch (error) {
    const reason = failure?.message || (error instanceof Error ? error.message : String(error)) || 'connection refused'
    throw new PublishError(
      `Redis at ${url} is unreachable (${reason}): nothing was published, every instance keeps its current content. Start Redis (deploy/cluster.sh start redis) and publish again.`,
    )
  }

  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    const token = `${process.pid}-${Date.now()}`
    if ((await client.set(lockKey, token, { NX: true, EX: LOCK_SECONDS })) !== 'OK') {
      throw new PublishError(`another publish is running (Redis key ${lockKey}); try again in a minute`)
    }
    try {
      return await work()
    } finally {
      if ((await client.get(lockKey)) === token) await client.del(lockKey)
    }
  }

  const makeCurrent = async (
    version: string,
    release?: { manifest: ReleaseManifest; snapshot: Buffer },
  ): Promise<PublishResult> => {
    const previous = (await client.get(keys.current)) ?? undefined
    if (previous === version) return { version, previous, unchanged: true, dropped: [] }
    const { history, dropped } = retain(await client.lRange(keys.history, 0, -1), version, keep)
    const transaction = client.multi()
    if (release) {
      transaction.set(keys.manifest(version), JSON.stringify(release.manifest))
      transaction.set(keys.snapshot(version), release.snapshot)
    }
    transaction.set(keys.current, version).del(keys.history).rPush(keys.history, history)
    if (dropped.length > 0) transaction.del(dropped.flatMap((old) => [keys.manifest(old), keys.snapshot(old)]))
    await transaction.exec()
    await client.publish(keys.channel, version)
    return { version, previous, unchanged: false, dropped }
  }

  return {
    description: `Redis at ${url}`,
    publish: (snapshot, now) =>
      locked(() =>
        makeCurrent(releaseManifestFor(snapshot, now).version, { manifest: releaseManifestFor(snapshot, now), snapshot }),
      ),
    activate: (version) =>
      locked(async () => {
        const history = await client.lRange(keys.history, 0, -1)
        if (!history.includes(version) || (await client.exists(keys.snapshot(version))) === 0) {
          throw new PublishError(`version ${version} is not kept in Redis at ${url} (kept: ${history.join(', ') || 'none'})`)
        }
        return makeCurrent(version)
      }),
    async list(): Promise<ReleaseListing> {
      const history = await client.lRange(keys.history, 0, -1)
      const manifests = history.length > 0 ? await client.mGet(history.map((version) => keys.manifest(version))) : []
      return {
        current: (await client.get(keys.current)) ?? undefined,
        history: history.map((version, index) => {
          const text = manifests[index]
          return { version, publishedAt: text ? (JSON.parse(text) as ReleaseManifest).publishedAt : undefined }
        }),
      }
    },
    async close() {
      await client.close()
    },
  }
}
