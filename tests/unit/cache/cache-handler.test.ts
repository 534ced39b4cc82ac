/**
 * The pure parts of cache-handler.mjs and lib/cache/build-id.ts: cache keys carry the build id, the
 * test-only age cap only ever shortens an entry's life, and the build id is fixed by what was built.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cacheKeyPrefix, expireAge, maxAgeFromEnv, mirroredInMemory } from '../../../cache-handler.mjs'
import { existingBuildId, newBuildId } from '@/lib/cache/build-id'

describe('cache keys and ages', () => {
  test('keys start with the build id', () => {
    expect(cacheKeyPrefix('abc123-def456\n')).toBe('gsa:abc123-def456:')
  })

  test('an entry lives 1.5 × its revalidate, unless CACHE_MAX_AGE_SECONDS is shorter', () => {
    expect(expireAge(900, 0)).toBe(1350)
    expect(expireAge(900, 20)).toBe(20)
    expect(expireAge(10, 60)).toBe(15)
    expect(maxAgeFromEnv({ CACHE_MAX_AGE_SECONDS: '20' })).toBe(20)
    expect(maxAgeFromEnv({ CACHE_MAX_AGE_SECONDS: 'soon' })).toBe(0)
    expect(maxAgeFromEnv({ CACHE_MAX_AGE_SECONDS: '-5' })).toBe(0)
    expect(maxAgeFromEnv({})).toBe(0)
  })
})

describe('build id', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-id-'))

  test('BUILD_ID wins when set, and must be safe in a URL', () => {
    expect(newBuildId(dir, '.next', { BUILD_ID: 'release-42' })).toBe('release-42')
    expect(() => newBuildId(dir, '.next', { BUILD_ID: 'a/b' })).toThrow(/BUILD_ID: "a\/b" must be/)
  })

  test('otherwise the commit and the dist dir decide it, never the content (published apart, lib/release)', () => {
    const first = newBuildId(dir, '.next', {})
    expect(first).toMatch(/^[a-z0-9]+-next$/)
    writeFileSync(path.join(dir, 'content-snapshot.json'), '[2]')
    expect(newBuildId(dir, '.next', {})).toBe(first)
    expect(newBuildId(dir, '.next-e2e', {})).toBe(first.replace(/-next$/, '-next-e2e'))
  })

  test('a built dist dir keeps its id', () => {
    writeFileSync(path.join(dir, 'BUILD_ID'), 'abc-123\n')
    expect(existingBuildId(dir)).toBe('abc-123')
    expect(existingBuildId(path.join(dir, 'nothing'))).toBeUndefined()
  })
})

describe('memory mirrors what Redis answered', () => {
  const store = () => {
    const entries = new Map<string, { lastModified: number }>()
    return {
      name: 'memory',
      entries,
      get: async (key: string, _meta?: { implicitTags: string[] }) => entries.get(key) ?? null,
      set: async (key: string, value: { lastModified: number }) => void entries.set(key, value),
      delete: async (key: string) => void entries.delete(key),
    }
  }

  test('an entry found is copied, an entry gone is dropped, a Redis failure leaves memory alone', async () => {
    const shared = store()
    const memory = store()
    const redis = { ...shared, name: 'redis', revalidateTag: async () => {} }
    const handler = mirroredInMemory(redis, memory)
    shared.entries.set('/a', { lastModified: 2 })
    memory.entries.set('/a', { lastModified: 1 })
    memory.entries.set('/gone', { lastModified: 1 })
    expect(await handler.get('/a', { implicitTags: [] })).toEqual({ lastModified: 2 })
    expect(memory.entries.get('/a')).toEqual({ lastModified: 2 })
    expect(await handler.get('/gone', { implicitTags: [] })).toBeNull()
    expect(memory.entries.has('/gone')).toBe(false)

    memory.entries.set('/kept', { lastModified: 1 })
    const failing = async (_key: string, _meta?: { implicitTags: string[] }): Promise<null> =>
      Promise.reject(new Error('Redis client is not ready'))
    const down = mirroredInMemory({ ...redis, get: failing }, memory)
    await expect(down.get('/kept', { implicitTags: [] })).rejects.toThrow(/not ready/)
    expect(memory.entries.get('/kept')).toEqual({ lastModified: 1 })
  })
})
