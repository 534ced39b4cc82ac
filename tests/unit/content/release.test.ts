/**
 * A published release and the switch to it: the integrity check that refuses a corrupt or
 * wrong-version copy, and the holder that serves one snapshot or the other, never a mix.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { contentVersionOf, openRelease, RefusedReleaseError, releaseManifestFor, RELEASE_SCHEMA_VERSION } from '@/lib/content/release'
import { createContentHolder, type ContentCandidate, type ServedContent } from '@/lib/content/served-content'
import type { ContentStore } from '@/lib/content/store'
import type { ContentlayerDocument } from '@/lib/content/source'
import { fixtureBuild } from '../../helpers/build-fixture'
import { syntheticStore } from '../../helpers/synthetic-store'

const bytesOf = (documents: unknown) => Buffer.from(JSON.stringify(documents))

describe('the integrity check', () => {
  const documents = [{ type: 'Article', _raw: { sourceFilePath: 'articles/a.md' }, title: 'A' }]
  const bytes = bytesOf(documents)
  const manifest = releaseManifestFor(bytes, new Date('2026-06-01T12:00:00Z'))

  test('a release whose bytes match its manifest opens, its version being its hash', () => {
    const opened = openRelease(JSON.stringify(manifest), bytes)
    expect(opened.documents).toEqual(documents)
    expect(opened.manifest.version).toBe(contentVersionOf(bytes))
    expect(manifest.schema).toBe(RELEASE_SCHEMA_VERSION)
  })

  test('a snapshot changed after publishing (one byte, or cut short) is refused', () => {
    const altered = Buffer.from(bytes.toString().replace('"A"', '"B"'))
    expect(() => openRelease(JSON.stringify(manifest), altered)).toThrow(/fails the integrity check/)
    expect(() => openRelease(JSON.stringify(manifest), bytes.subarray(0, 10))).toThrow(RefusedReleaseError)
  })

  test('another schema version is refused, saying which this build reads', () => {
    const other = { ...manifest, schema: RELEASE_SCHEMA_VERSION + 1 }
    expect(() => openRelease(JSON.stringify(other), bytes)).toThrow(
      new RegExp(`schema version ${RELEASE_SCHEMA_VERSION + 1}, this build reads ${RELEASE_SCHEMA_VERSION}`),
    )
  })

  test('a missing or malformed manifest, a missing snapshot, or a snapshot that is not a list is refused', () => {
    expect(() => openRelease(undefined, bytes)).toThrow(/manifest is missing/)
    expect(() => openRelease(JSON.stringify(manifest), null)).toThrow(/snapshot is missing/)
    expect(() => openRelease('{', bytes)).toThrow(/manifest is not JSON/)
    expect(() => openRelease(JSON.stringify({ ...manifest, sha256: 'xyz' }), bytes)).toThrow(/manifest is not valid \(sha256:/)
    const object = bytesOf({ articles: [] })
    expect(() => openRelease(JSON.stringify(releaseManifestFor(object)), object)).toThrow(/not a list of documents/)
  })
})

describe('the switch', () => {
  let valid: ContentlayerDocument[]
  const candidate = (version: string, documents: () => ContentlayerDocument[]): ContentCandidate => ({ version, source: 'test', documents })

  beforeAll(async () => {
    valid = (await fixtureBuild('valid')).snapshot ?? []
    expect(valid.length).toBeGreaterThan(0)
  })

  test('serves the new store from the next request on; a request that began before finishes on the old one', async () => {
    const before: ServedContent = { store: syntheticStore(3), version: 'aaaaaaaaaaaa', source: 'test' }
    const holder = createContentHolder(before)

    // A request takes its store once (lib/content/server.ts) and reads it across an await.
    const request = async (pause: Promise<void>) => {
      const { store, version } = holder.current()
      const first = store.listArticles().map((article) => article.slug)
      await pause
      return { version, first, second: store.listArticles().map((article) => article.slug), count: store.listTopics().length }
    }
    let release!: () => void
    const during = request(new Promise<void>((resolve) => (release = resolve)))

    const result = holder.offer(candidate(contentVersionOf(bytesOf(valid)), () => valid))
    expect(result.outcome).toBe('switched')
    const after = await request(Promise.resolve())
    release()
    const old = await during

    expect(old.version).toBe('aaaaaaaaaaaa')
    expect(old.second).toEqual(old.first)
    expect(old.first).toEqual(['article-1', 'article-2', 'article-3'])
    expect(after.version).toBe(contentVersionOf(bytesOf(valid)))
    expect(after.first).toEqual(after.second)
    expect(after.first).not.toContain('article-1')
    expect(after.first.length).toBeGreaterThan(0)
  })

  test('documents that fail the schemas are refused, naming the problem, and the current store stays', () => {
    const store: ContentStore = syntheticStore(2)
    const holder = createContentHolder({ store, version: 'bbbbbbbbbbbb', source: 'test' })
    const broken = valid.map((document) => (document.type === 'Article' ? { ...document, title: null } : document))
    const result = holder.offer(candidate('cccccccccccc', () => broken))
    expect(result.outcome).toBe('refused')
    expect(result.outcome === 'refused' && result.reason).toMatch(/title/)
    expect(holder.current().store).toBe(store)
    expect(holder.current().version).toBe('bbbbbbbbbbbb')
  })

  test('the version already served is not read again', () => {
    const holder = createContentHolder({ store: syntheticStore(1), version: 'dddddddddddd', source: 'test' })
    const result = holder.offer(candidate('dddddddddddd', () => {
      throw new Error('must not be read')
    }))
    expect(result.outcome).toBe('unchanged')
  })
})
