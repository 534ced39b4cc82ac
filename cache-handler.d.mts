// Types of cache-handler.mjs's helpers, for the unit tests (the handler itself is Next.js's to call).
import type { CacheHandler } from '@fortedigital/nextjs-cache-handler'

export function cacheKeyPrefix(buildId: string | undefined): string
export function expireAge(staleAge: number, maxAgeSeconds: number): number
export function maxAgeFromEnv(env?: Record<string, string | undefined>): number
export default CacheHandler

/** The part of a library handler that mirroredInMemory uses. */
interface Handler<Entry> {
  name: string
  get(key: string, meta: { implicitTags: string[] }): Promise<Entry | null>
  set(key: string, value: Entry): Promise<void>
  delete(key: string): Promise<void>
}
export function mirroredInMemory<Entry extends { lastModified: number }, H extends Handler<Entry>>(
  redis: H,
  memory: Handler<Entry>,
): H
