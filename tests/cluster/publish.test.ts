/**
 * Publishing content to the running cluster without a rebuild (lib/release, lib/content/server.ts):
 * deploy/cluster.sh's Redis, 2 instances of the e2e fixture build and nginx, and a content folder of
 * its own (synthetic, with the draft and the scheduled article) published the way `npm run publish`
 * does from this checkout: found through the cluster's state folder, with no other setting. In order:
 *
 * 1. a publish changes what A, B and nginx serve, without a restart, and names its version;
 * 2. an unpublished article turns 404 on both; the draft and the scheduled article stay invisible;
 * 3. a publish while Redis is down is refused with a clear message, and nothing changes;
 * 4. an instance restarted after a publish serves the published version;
 * 5. rollback to an earlier version;
 * 6. a content step that fails leaves the served version unchanged and reports the file and field.
 *
 *   npm run test:cluster          (needs `npm run build:e2e-fixture`; .ci/run runs it)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  API_ARTICLES_PATH,
  apiSearchPath,
  articlePath,
  ARTICLES_PATH,
  HOME_PATH,
  SITE_FEED_PATHS,
  SITEMAP_PATH,
} from '@/lib/routes'
import { publishContent, type PublishOutcome } from '@/lib/release'
import {
  DRAFT_MARKER,
  DRAFT_SLUG,
  SCHEDULED_MARKER,
  SCHEDULED_SLUG,
  writeSyntheticContent,
} from '../../scripts/synthetic-content'
import { makeContentWorkDir } from '../helpers/build-fixture'
import {
  clearRedisData,
  clusterCommand,
  eventually,
  get,
  instance,
  nginx,
  prepareStandaloneCopy,
  PROJECT_ROOT,
  STATE_DIR,
  MICRO_CACHE_SECONDS,
} from './cluster'

const A = instance(0)
const B = instance(1)
const INSTANCES = [A, B]
const VERSION_HEADER = 'x-content-version'

let contentDir: string
let workDir: string
let edited: string
let unpublished: string
const versions: string[] = []

/** `npm run publish` from this checkout: REDIS_URL unset, the cluster found through its state folder. */
async function publish(version?: string): Promise<PublishOutcome> {
  const env = {
    ...process.env,
    REDIS_URL: '',
    CLUSTER_STATE_DIR: STATE_DIR,
    CONTENT_DIR: contentDir,
    CONTENT_STRICT: '',
    NO_COLOR: '1',
  }
  return publishContent(PROJECT_ROOT, { env, workDir, ...(version ? { version } : {}) })
}

function editArticle(slug: string, change: (text: string) => string): void {
  const file = path.join(contentDir, 'articles', `${slug}.md`)
  writeFileSync(file, change(readFileSync(file, 'utf8')))
}

const retitle = (slug: string, title: string) => editArticle(slug, (text) => text.replace(/^title: .*$/m, `title: "${title}"`))

// The article index: the proxy, which names the version, runs on content addresses (proxy.ts matcher).
const servedVersion = async (base: string) => (await get(`${base}${ARTICLES_PATH}`)).headers.get(VERSION_HEADER)

const everyInstanceServes = (version: string, seconds = 15) =>
  eventually(async () => (await Promise.all(INSTANCES.map(servedVersion))).every((served) => served === version), seconds)

beforeAll(() => {
  // The fixture's scheduled article stays scheduled here.
  prepareStandaloneCopy(new Date(Date.now() + 365 * 24 * 3600 * 1000))
  contentDir = mkdtempSync(path.join(tmpdir(), 'gut-skin-publish-content-'))
  workDir = makeContentWorkDir()
  const content = writeSyntheticContent({ outDir: contentDir, articles: 25, draft: true, scheduled: true, clean: true })
  edited = content.articles[0]!.slug
  unpublished = content.articles[1]!.slug
  clusterCommand('down')
  clearRedisData()
  clusterCommand('up')
}, 150_000)

afterAll(() => {
  clusterCommand('down')
  rmSync(contentDir, { recursive: true, force: true })
  rmSync(workDir, { recursive: true, force: true })
}, 60_000)

describe('publishing to the cluster', () => {
  test('a publish changes what both instances and nginx serve, without a restart, and every answer names its version', async () => {
    const built = await servedVersion(A)
    expect(built).toMatch(/^[0-9a-f]{12}$/)
    expect(await servedVersion(B)).toBe(built)
    // Warm the caches with the old text first: the publish must revalidate them.
    for (const base of [A, B, nginx]) expect((await get(`${base}${articlePath(edited)}`)).status).toBe(200)

    retitle(edited, 'Published without a rebuild')
    const outcome = await publish()
    expect(outcome.ok, outcome.ok ? '' : `${outcome.error}\n${outcome.report ?? ''}`).toBe(true)
    if (!outcome.ok) return
    expect(outcome.target).toMatch(/^Redis at redis:\/\/127\.0\.0\.1:\d+$/)
    const version = outcome.result.version
    versions.push(version)
    expect(version).not.toBe(built)

    expect(await everyInstanceServes(version), 'both instances switch to the published version').toBe(true)
    for (const base of INSTANCES) {
      const page = await get(`${base}${articlePath(edited)}`)
      expect(page.body, base).toContain('Published without a rebuild')
      expect((await get(`${base}${HOME_PATH}`)).body).toContain('Published without a rebuild')
      const api = await get(`${base}${API_ARTICLES_PATH}/${edited}`)
      expect(api.headers.get(VERSION_HEADER)).toBe(version)
      expect(api.body).toContain('Published without a rebuild')
    }
    const throughNginx = () =>
      get(`${nginx}${articlePath(edited)}`).then((page) => page.body.includes('Published without a rebuild'))
    expect(await eventually(throughNginx, MICRO_CACHE_SECONDS + 10), 'nginx’s micro-cache expires').toBe(true)
  })

  test('an unpublished article turns 404 on both; the draft and the scheduled article stay invisible everywhere', async () => {
    editArticle(unpublished, (text) => text.replace(/^status: .*$/m, 'status: draft'))
    const outcome = await publish()
    expect(outcome.ok, outcome.ok ? '' : outcome.error).toBe(true)
    if (!outcome.ok) return
    versions.push(outcome.result.version)
    expect(await everyInstanceServes(outcome.result.version)).toBe(true)
    for (const base of INSTANCES) {
      expect((await get(`${base}${articlePath(unpublished)}`)).status, base).toBe(404)
      expect((await get(`${base}${API_ARTICLES_PATH}/${unpublished}`)).status).toBe(404)
      for (const slug of [DRAFT_SLUG, SCHEDULED_SLUG]) expect((await get(`${base}${articlePath(slug)}`)).status).toBe(404)
      for (const surface of [
        HOME_PATH,
        SITEMAP_PATH,
        ...Object.values(SITE_FEED_PATHS),
        API_ARTICLES_PATH,
        apiSearchPath('fixture', null, 20),
      ]) {
        const body = (await get(`${base}${surface}`)).body
        expect(body, `${base}${surface}`).not.toContain(DRAFT_MARKER)
        expect(body, `${base}${surface}`).not.toContain(SCHEDULED_MARKER)
        expect(body, `${base}${surface}`).not.toContain(articlePath(unpublished))
      }
    }
  })

  test('a publish while Redis is down is refused with a clear message, and every instance keeps its version', async () => {
    const current = versions.at(-1)!
    clusterCommand('stop', 'redis')
    try {
      retitle(edited, 'Never half applied')
      const outcome = await publish()
      expect(outcome.ok).toBe(false)
      expect(outcome.ok ? '' : outcome.error).toMatch(
        /^Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable \(.*\): nothing was published/,
      )
      for (const base of INSTANCES) {
        expect(await servedVersion(base)).toBe(current)
        expect((await get(`${base}${articlePath(edited)}`)).body).not.toContain('Never half applied')
      }
    } finally {
      retitle(edited, 'Published without a rebuild')
      clusterCommand('start', 'redis')
    }
  })

  test('an instance restarted after a publish serves the published version', async () => {
    clusterCommand('stop', 'instance-1')
    clusterCommand('start', 'instance-1')
    // The first request may meet a kept-alive connection to the stopped process: ask again.
    const restarted = async () => (await servedVersion(B).catch(() => null)) === versions.at(-1)
    expect(await eventually(restarted, 15), 'the restarted instance serves the published version').toBe(true)
    expect((await get(`${B}${articlePath(unpublished)}`)).status).toBe(404)
    expect((await get(`${B}${articlePath(edited)}`)).body).toContain('Published without a rebuild')
  })

  test('rollback: --version makes an earlier version current again on every instance', async () => {
    const outcome = await publish(versions[0])
    expect(outcome.ok, outcome.ok ? '' : outcome.error).toBe(true)
    expect(await everyInstanceServes(versions[0]!)).toBe(true)
    for (const base of INSTANCES) expect((await get(`${base}${articlePath(unpublished)}`)).status, base).toBe(200)
    const unknown = await publish('0123456789ab')
    expect(unknown.ok ? '' : unknown.error).toMatch(/version 0123456789ab is not kept .*\(kept: /)
  })

  test('a content step that fails publishes nothing and answers with its report, naming the file and the field', async () => {
    editArticle(edited, (text) => text.replace(/^status: .*$/m, 'status: maybe'))
    try {
      const outcome = await publish()
      expect(outcome.ok).toBe(false)
      if (outcome.ok) return
      expect(outcome.error).toMatch(/content step failed: nothing was published/)
      expect(outcome.report).toContain(`articles/${edited}.md`)
      expect(outcome.report).toMatch(/status/)
      for (const base of INSTANCES) expect(await servedVersion(base)).toBe(versions[0])
    } finally {
      editArticle(edited, (text) => text.replace(/^status: .*$/m, 'status: published'))
    }
  })
})
