/**
 * Publishing without a rebuild, on one server (no Redis): retention, the local release folder,
 * rollback, a production server that serves and follows what is published there, and a content
 * step that fails and so changes nothing. Redis distribution is tested in tests/cluster/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { buildSnapshotPath } from '@/lib/content/snapshot'
import { contentVersionOf, localReleaseFiles, RELEASE_INDEX_FILE } from '@/lib/content/release'
import { readLocalRelease } from '@/lib/content/release-source'
import type { ContentlayerDocument } from '@/lib/content/source'
import { localReleaseTarget, publishContent, publishTargetOf, retain } from '@/lib/release'
import { parsePublishArgs } from '../../../scripts/publish'
import { FIXTURES, fixtureBuild, makeContentWorkDir, PROJECT_ROOT } from '../../helpers/build-fixture'

let valid: ContentlayerDocument[]
let root: string
const NOW = new Date('2026-06-01T12:00:00Z')

beforeAll(async () => {
  valid = (await fixtureBuild('valid')).snapshot ?? []
  expect(valid.length).toBeGreaterThan(0)
})

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'gut-skin-release-'))
})

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('gut-skin-axis.site-content')]
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  vi.resetModules()
  rmSync(root, { recursive: true, force: true })
})

/** The valid fixture with one article's title changed: another version of the same site. */
const variant = (title: string) =>
  Buffer.from(
    JSON.stringify(
      valid.map((document) =>
        document.type === 'Article' && document._raw.sourceFilePath === 'articles/beta-article.md'
          ? { ...document, title }
          : document,
      ),
    ),
  )

describe('retention', () => {
  test('the new current version first, then the others newest first, at most N; the rest are dropped', () => {
    expect(retain([], 'a', 3)).toEqual({ history: ['a'], dropped: [] })
    expect(retain(['c', 'b', 'a'], 'd', 3)).toEqual({ history: ['d', 'c', 'b'], dropped: ['a'] })
    // A rollback moves an older version to the front and drops nothing it keeps.
    expect(retain(['c', 'b', 'a'], 'a', 3)).toEqual({ history: ['a', 'c', 'b'], dropped: [] })
    expect(() => retain([], 'a', 0)).toThrow(/at least 1/)
  })
})

describe('the local release folder', () => {
  test('publish, publish again, roll back, and keep only the last N versions on disk', async () => {
    const dir = path.join(root, 'releases')
    const target = localReleaseTarget(dir, 2)
    const first = await target.publish(variant('One'), NOW)
    expect(first).toMatchObject({ previous: undefined, unchanged: false, dropped: [] })
    expect(await target.publish(variant('One'), NOW)).toMatchObject({ version: first.version, unchanged: true })
    const second = await target.publish(variant('Two'), NOW)
    expect(second.previous).toBe(first.version)
    expect(readLocalRelease(dir)?.version).toBe(second.version)

    const back = await target.activate(first.version)
    expect(back).toMatchObject({ version: first.version, previous: second.version })
    expect(readLocalRelease(dir)?.version).toBe(first.version)

    const third = await target.publish(variant('Three'), NOW)
    expect(third.dropped).toEqual([second.version])
    expect(readdirSync(dir).sort()).toEqual(
      [
        RELEASE_INDEX_FILE,
        ...[first.version, third.version].flatMap((version) =>
          Object.values(localReleaseFiles(dir, version)).map((file) => path.basename(file)),
        ),
      ].sort(),
    )
    await expect(target.activate(second.version)).rejects.toThrow(
      new RegExp(`version ${second.version} is not kept .*\\(kept: ${third.version}, ${first.version}\\)`),
    )
    expect((await target.list()).history.map((entry) => entry.version)).toEqual([third.version, first.version])
  })

  test('a release corrupted on disk is refused when read', async () => {
    const dir = path.join(root, 'releases')
    const { version } = await localReleaseTarget(dir).publish(variant('One'), NOW)
    writeFileSync(localReleaseFiles(dir, version).snapshot, variant('Tampered'))
    expect(() => readLocalRelease(dir)).toThrow(/fails the integrity check/)
  })
})

describe('where npm run publish publishes', () => {
  test('REDIS_URL, else the cluster started from this checkout, else the local folder', () => {
    expect(publishTargetOf(root, { REDIS_URL: 'redis://h:1' })).toEqual({ kind: 'redis', url: 'redis://h:1' })
    expect(publishTargetOf(root, {})).toEqual({ kind: 'local', dir: path.join(root, '.content-releases') })
    mkdirSync(path.join(root, 'deploy/.cluster'), { recursive: true })
    writeFileSync(path.join(root, 'deploy/.cluster/redis.port'), '6490\n')
    expect(publishTargetOf(root, {})).toEqual({ kind: 'redis', url: 'redis://127.0.0.1:6490' })
    expect(publishTargetOf(root, { CLUSTER_STATE_DIR: 'elsewhere', CONTENT_RELEASE_DIR: '/srv/releases' })).toEqual({
      kind: 'local',
      dir: '/srv/releases',
    })
  })

  test('its arguments: nothing, --list, or --version with one version; anything else names the problem', () => {
    expect(parsePublishArgs([])).toEqual({ mode: 'publish' })
    expect(parsePublishArgs(['--list'])).toEqual({ mode: 'list' })
    expect(parsePublishArgs(['--version', '0123456789ab'])).toEqual({ mode: 'rollback', version: '0123456789ab' })
    expect(parsePublishArgs(['--version'])).toEqual({ error: expect.stringMatching(/^--version: give one version/) })
    expect(parsePublishArgs(['--version', 'latest'])).toEqual({
      error: expect.stringMatching(/^--version: "latest" is not a version/),
    })
    expect(parsePublishArgs(['--force'])).toEqual({ error: expect.stringMatching(/^unknown argument\(s\) --force/) })
  })
})

describe('a production server without Redis', () => {
  const served = async () => (await import('@/lib/content/server')).servedContent()

  beforeEach(() => {
    vi.spyOn(process, 'cwd').mockReturnValue(root)
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_DIST_DIR', '.next-x')
    vi.stubEnv('REDIS_URL', '')
    mkdirSync(path.join(root, '.next-x'))
    writeFileSync(buildSnapshotPath(root), variant('Built'))
  })

  test('serves its build’s snapshot until something is published, then the published release', async () => {
    expect((await served()).version).toBe(contentVersionOf(variant('Built')))
    const { version } = await localReleaseTarget(path.join(root, '.content-releases')).publish(variant('Published'), NOW)
    const { offerRelease } = await import('@/lib/content/server')
    await offerRelease(readLocalRelease(path.join(root, '.content-releases'))!)
    const now = await served()
    expect(now.version).toBe(version)
    expect(now.store.getArticle('beta-article')?.title).toBe('Published')
  })

  test('a running server follows its release folder: a publish there is served without a restart', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { followPublishedContent } = await import('@/lib/content/server')
    await followPublishedContent()
    const { version } = await localReleaseTarget(path.join(root, '.content-releases')).publish(variant('Followed'), NOW)
    const deadline = Date.now() + 10_000
    while ((await served()).version !== version && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await served()).store.getArticle('beta-article')?.title).toBe('Followed')
  })

  test('a fresh start loads the newest published release rather than the build’s', async () => {
    const { version } = await localReleaseTarget(path.join(root, '.content-releases')).publish(variant('Published'), NOW)
    expect((await served()).version).toBe(version)
  })

  test('next build renders from its own snapshot, even where content was published', async () => {
    await localReleaseTarget(path.join(root, '.content-releases')).publish(variant('Published'), NOW)
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    expect((await served()).version).toBe(contentVersionOf(variant('Built')))
  })

  test('a published release that fails its check is refused at start, logged, and the build’s snapshot served', async () => {
    const dir = path.join(root, '.content-releases')
    const { version } = await localReleaseTarget(dir).publish(variant('Published'), NOW)
    writeFileSync(localReleaseFiles(dir, version).snapshot, variant('Tampered'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect((await served()).version).toBe(contentVersionOf(variant('Built')))
    expect(warn.mock.calls.flat().join('\n')).toMatch(/refused the published release .*fails the integrity check/)
  })

  test('a release offered while running that fails the schemas is refused, and the served version stays', async () => {
    const before = (await served()).version
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const broken = valid.map((document) => (document.type === 'Article' ? { ...document, publishedAt: 'soon' } : document))
    const { offerRelease } = await import('@/lib/content/server')
    await offerRelease({ version: 'eeeeeeeeeeee', source: 'test', documents: () => broken })
    expect((await served()).version).toBe(before)
    expect(warn.mock.calls.flat().join('\n')).toMatch(/refused release eeeeeeeeeeee: [\s\S]*publishedAt/)
  })
})

describe('publishContent', () => {
  let workDir: string
  beforeEach(() => {
    workDir = makeContentWorkDir()
  })
  afterEach(() => rmSync(workDir, { recursive: true, force: true }))
  const env = (contentDir: string) => ({
    ...process.env,
    CONTENT_DIR: contentDir,
    CONTENT_STRICT: '',
    REDIS_URL: '',
    CLUSTER_STATE_DIR: path.join(root, 'no-cluster'),
    CONTENT_RELEASE_DIR: path.join(root, 'releases'),
    NO_COLOR: '1',
  })

  test('a failing content step publishes nothing and answers with its report, every problem named by file and field', async () => {
    const target = localReleaseTarget(path.join(root, 'releases'))
    const { version } = await target.publish(variant('Current'), NOW)
    const outcome = await publishContent(PROJECT_ROOT, { env: env(FIXTURES.invalid), workDir })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error).toMatch(/content step failed: nothing was published/)
    expect(outcome.report).toMatch(/articles\/[\w-]+\.md/)
    expect(outcome.report!.split('\n').length).toBeGreaterThan(2)
    expect(JSON.parse(readFileSync(path.join(root, 'releases', RELEASE_INDEX_FILE), 'utf8')).current).toBe(version)
  }, 120_000)

  test('a passing one publishes the content step’s snapshot as the current version', async () => {
    const outcome = await publishContent(PROJECT_ROOT, { env: env(FIXTURES.valid), workDir })
    expect(outcome.ok && outcome.result.unchanged).toBe(false)
    const published = readLocalRelease(path.join(root, 'releases'))
    expect(published?.version).toBe(outcome.ok ? outcome.result.version : undefined)
    expect(published?.documents().length).toBe(valid.length)
  }, 120_000)
})
