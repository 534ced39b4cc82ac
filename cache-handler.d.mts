// Types of cache-handler.mjs's helpers, for the unit tests (the handler itself is Next.js's to call).
import type { CacheHandler } from '@fortedigital/nextjs-cache-handler'

export function cacheKeyPrefix(buildId: string | undefined): string
export function expireAge(staleAge: number, maxAgeSeconds: number): number
export function maxAgeFromEnv(env?: Record<string, string | undefined>): number
export default CacheHandler
