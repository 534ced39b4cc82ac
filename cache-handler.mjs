/**
 * The Next.js cache handler (next.config.ts `cacheHandler`): ISR pages, route handler answers and
 * the data cache live in Redis, shared by every instance of one build, through a kept library
 * (@fortedigital/nextjs-cache-handler). Keys start with `gsa:<build id>:`, so two builds (or the
 * e2e fixture and the real site) can share one Redis without mixing.
 *
 * - `REDIS_URL` unset (a lone `next start`, the browser tests) or `next build`: memory only.
 * - Redis down or not yet up: every read and write falls through to this instance's own memory
 *   (the library tries its handlers in order and skips one that throws); pages still answer 200. The
 *   client keeps reconnecting, and once Redis is back the shared copy is used again. Both changes of
 *   state are logged, once each. While Redis is up, memory mirrors what this instance last read
 *   from it (an entry found is copied, an entry gone is dropped), so an outage falls back to the
 *   shared cache's latest version, not to whatever this instance itself rendered last.
 * - `CACHE_MAX_AGE_SECONDS` (optional): drop entries that many seconds after they were written, sooner
 *   than the pages' own revalidate. The cluster test uses it to see a scheduled article go live in
 *   seconds; a deployment leaves it unset.
 *
 * Plain JavaScript: Next.js loads this file as it is, in the build and in every instance.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

/** Every key this build writes starts with this. */
export function cacheKeyPrefix(buildId) {
  return `gsa:${(buildId ?? 'unknown').trim()}:`
}

/** How long an entry lives: the library's default (1.5 × revalidate), capped by `maxAgeSeconds`. */
export function expireAge(staleAge, maxAgeSeconds) {
  const age = Math.floor(staleAge * 1.5)
  return maxAgeSeconds > 0 ? Math.max(1, Math.min(age, maxAgeSeconds)) : age
}

/** `CACHE_MAX_AGE_SECONDS` as a whole number of seconds, or 0 (no cap) when unset or not a positive number. */
export function maxAgeFromEnv(env = process.env) {
  const seconds = Number(env.CACHE_MAX_AGE_SECONDS)
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 0
}

const log = (message) => console.warn(`[cache] ${new Date().toISOString()} ${message}`)

/** A Redis client that never queues commands while disconnected (so a read fails at once) and reconnects forever. */
function connectRedis(url) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  })
  let shared = undefined
  client.on('ready', () => {
    if (shared !== true) log(`Redis at ${url} is up: this instance reads and writes the shared cache.`)
    shared = true
  })
  client.on('error', (error) => {
    if (shared !== false)
      log(`Redis at ${url} is unreachable (${error.message}): serving from this instance's memory until it returns.`)
    shared = false
  })
  // Resolves once connected; until then (and whenever the connection drops) the client retries on its own.
  client.connect().catch((error) => log(`Redis client stopped: ${error.message}`))
  return client
}

/** The Redis handler, with each read mirrored into `memory` (see the module comment). */
export function mirroredInMemory(redis, memory) {
  return {
    ...redis,
    name: `${redis.name}, mirrored in ${memory.name}`,
    async get(key, meta) {
      const entry = await redis.get(key, meta)
      // Only reached when Redis answered: a throw skips this and the library reads memory instead.
      if (!entry) await memory.delete(key)
      else if ((await memory.get(key, { implicitTags: [] }))?.lastModified !== entry.lastModified) await memory.set(key, entry)
      return entry
    },
  }
}

CacheHandler.onCreation(({ buildId }) => {
  // Bounded: the fallback must not grow with the site (the library's defaults, written out).
  const memory = createLruHandler({ maxItemsNumber: 1_000, maxItemSizeBytes: 100 * 1024 * 1024 })
  const maxAge = maxAgeFromEnv()
  const ttl = { estimateExpireAge: (staleAge) => expireAge(staleAge, maxAge) }
  const url = process.env.REDIS_URL
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [memory], ttl }
  const redis = createRedisHandler({ client: connectRedis(url), keyPrefix: cacheKeyPrefix(buildId), timeoutMs: 1_000 })
  // Reads go to Redis and fall back to memory only when Redis throws; writes go to both.
  return { handlers: [mirroredInMemory(redis, memory), memory], ttl }
})

/**
 * The handler Next.js makes, registered where lib/cache/shared-cache.ts finds it: a content switch
 * revalidates the paths it changed from outside any request. Reads wait for a revalidation in
 * progress, so none is answered from an entry about to be dropped.
 */
const REGISTRY = Symbol.for('gut-skin-axis.cache-handler')

export class SiteCacheHandler extends CacheHandler {
  constructor(context) {
    super(context)
    ;(globalThis[REGISTRY] ??= {}).handler = this
  }

  async get(...args) {
    await globalThis[REGISTRY]?.pending
    return super.get(...args)
  }
}

export default SiteCacheHandler
