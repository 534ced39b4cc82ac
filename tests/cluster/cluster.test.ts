/**
 * The cluster, end to end, on one machine (deploy/cluster.sh: Redis, 2 instances of the e2e fixture's
 * standalone build, nginx; see tests/cluster/cluster.ts). In order, because they share one cluster:
 *
 * 1. a preview cookie from instance A opens the draft on instance B, and through nginx;
 * 2. nginx's micro-cache never gives a preview page to a reader nor a reader's page to a preview;
 * 3. the scheduled article is 404 on both instances before its time, the article index cached before
 *    its time is still served by B after it, until POST /api/revalidate on A makes B list it; the
 *    article itself then flips to 200 on both once the shared entry expires;
 * 4. Redis stopped: pages still 200 from each instance's memory; Redis back: shared again;
 * 5. failover: an instance stopped under load through nginx fails at most the requests in flight.
 *
 * Beside them, through nginx: the site's headers, revalidation, assets, and an article's old slug
 * answering 308 to its new address on nginx (page and API; a draft's old slug a 404).
 *
 *   npm run test:cluster          (needs `npm run build:e2e-fixture`; .ci/run runs it)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  API_REVALIDATE_PATH,
  apiArticlePath,
  ARTICLES_PATH,
  articleCardPath,
  articlePath,
  HOME_PATH,
  PREVIEW_EXIT_PATH,
  previewEntryPath,
  SITE_FEED_PATHS,
  TOPICS_PATH,
  topicPath,
} from '@/lib/routes'
import { E2E_PREVIEW_SECRET } from '../../scripts/build-e2e-fixture'
import {
  DRAFT_MARKER,
  DRAFT_OLD_SLUG,
  DRAFT_SLUG,
  MOVED_OLD_SLUG,
  SCHEDULED_MARKER,
  SCHEDULED_SLUG,
  SYNTHETIC_TOPICS,
} from '../../scripts/synthetic-content'
import { cacheKeyPrefix } from '../../cache-handler.mjs'
import {
  buildId,
  clearRedisData,
  clusterCommand,
  eventually,
  get,
  instance,
  instanceLog,
  nginx,
  prepareStandaloneCopy,
  redisKeys,
  REVALIDATE_SECRET,
  runLoad,
  sleep,
  CACHE_MAX_AGE_SECONDS,
  MICRO_CACHE_SECONDS,
} from './cluster'

const A = instance(0)
const B = instance(1)
/** How long after the test starts the scheduled article goes live: enough to start the cluster first. */
const SCHEDULE_AFTER_START_MS = 45_000
const PREVIEW_EXIT_LINK = PREVIEW_EXIT_PATH

let publishAt: Date
let previewCookie = ''

/** A reader's article link, whichever way the page is rendered. */
const listsScheduled = (html: string) => html.includes(articlePath(SCHEDULED_SLUG))

beforeAll(() => {
  publishAt = new Date(Date.now() + SCHEDULE_AFTER_START_MS)
  prepareStandaloneCopy(publishAt)
  clusterCommand('down')
  clearRedisData()
  clusterCommand('up')
}, 150_000)

afterAll(() => {
  clusterCommand('down')
}, 60_000)

describe('preview across instances', () => {
  test('a Draft Mode cookie from A opens the draft on B and through nginx', async () => {
    const entry = await get(`${A}${previewEntryPath(E2E_PREVIEW_SECRET, DRAFT_SLUG)}`)
    expect(entry.status).toBe(307)
    // Draft Mode's cookie and the signed preview session that makes it count (lib/preview/session.ts).
    const cookies = entry.headers.getSetCookie().map((value) => value.split(';')[0]!)
    expect(
      cookies.find((value) => value.startsWith('__prerender_bypass=')),
      'A set the Draft Mode cookie',
    ).toBeDefined()
    expect(
      cookies.find((value) => value.startsWith('gsa_preview_session=')),
      'A started a preview session',
    ).toBeDefined()
    previewCookie = cookies.join('; ')

    const onB = await get(`${B}${articlePath(DRAFT_SLUG)}`, { headers: { cookie: previewCookie } })
    expect(onB.status).toBe(200)
    expect(onB.body).toContain(DRAFT_MARKER)
    const throughNginx = await get(`${nginx}${articlePath(DRAFT_SLUG)}`, { headers: { cookie: previewCookie } })
    expect(throughNginx.status).toBe(200)
    expect(throughNginx.body).toContain(DRAFT_MARKER)
    expect((await get(`${B}${articlePath(DRAFT_SLUG)}`)).status).toBe(404)
  })
})

describe('the micro-cache keeps previews and readers apart', () => {
  test('a reader never gets the preview of a draft, before or after a preview session asks for it', async () => {
    const url = `${nginx}${articlePath(DRAFT_SLUG)}`
    for (const round of [1, 2]) {
      const reader = await get(url)
      expect(reader.status, `reader, round ${round}`).toBe(404)
      expect(reader.body).not.toContain(DRAFT_MARKER)
      const editor = await get(url, { headers: { cookie: previewCookie } })
      expect(editor.status).toBe(200)
      expect(editor.body).toContain(DRAFT_MARKER)
      expect(editor.headers.get('x-micro-cache')).toBe('BYPASS')
    }
  })

  test('a page first seen in preview is not stored for readers, and a reader’s cached page is not served in preview', async () => {
    const home = await get(`${nginx}${HOME_PATH}`)
    const article = /href="(\/articles\/[a-z0-9-]+)"/.exec(home.body)?.[1]
    expect(article, 'the home page links an article').toBeDefined()
    const url = `${nginx}${article}?micro-cache-test=${Date.now()}`

    const editorFirst = await get(url, { headers: { cookie: previewCookie } })
    expect(editorFirst.body).toContain(PREVIEW_EXIT_LINK)
    const readerAfter = await get(url)
    expect(readerAfter.status).toBe(200)
    expect(readerAfter.body).not.toContain(PREVIEW_EXIT_LINK)
    expect(readerAfter.headers.get('x-micro-cache')).toBe('MISS')

    const readerAgain = await get(url)
    expect(readerAgain.headers.get('x-micro-cache')).toBe('HIT')
    const editorAfter = await get(url, { headers: { cookie: previewCookie } })
    expect(editorAfter.body).toContain(PREVIEW_EXIT_LINK)
    expect(editorAfter.headers.get('x-micro-cache')).toBe('BYPASS')
  })

  test('an Authorization header also bypasses it', async () => {
    const answer = await get(`${nginx}${HOME_PATH}`, { headers: { authorization: 'Bearer someone' } })
    expect(answer.headers.get('x-micro-cache')).toBe('BYPASS')
  })
})

describe('nginx in front', () => {
  test('the site’s own headers pass through unchanged, whether answered by an instance or the micro-cache', async () => {
    const names = [
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'permissions-policy',
      'cross-origin-opener-policy',
      'cache-control',
    ]
    const direct = await get(`${A}${ARTICLES_PATH}`)
    for (const round of ['MISS or HIT', 'HIT']) {
      const proxied = await get(`${nginx}${ARTICLES_PATH}`)
      for (const name of names) expect(proxied.headers.get(name), `${name} (${round})`).toBe(direct.headers.get(name))
    }
    expect(direct.headers.get('cache-control'), 'the comparison saw the site’s headers').toMatch(/s-maxage=/)
  })

  test('POST /api/revalidate through nginx: 401 without the secret, 400 naming the field at fault', async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${nginx}${API_REVALIDATE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      })
    const anonymous = await post({}, JSON.stringify({ paths: [ARTICLES_PATH] }))
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ field: 'Authorization' })
    const badPath = await post({ authorization: `Bearer ${REVALIDATE_SECRET}` }, JSON.stringify({ paths: ['articles'] }))
    expect(badPath.status).toBe(400)
    expect(await badPath.json()).toMatchObject({ field: 'paths[0]' })
  })

  test('an old article address answers 308 through nginx, to the new address on nginx, cached or not', async () => {
    for (const round of ['MISS or HIT', 'HIT']) {
      const moved = await fetch(`${nginx}${articlePath(MOVED_OLD_SLUG)}`, { redirect: 'manual' })
      expect(moved.status, round).toBe(308)
      const location = new URL(moved.headers.get('location')!, nginx)
      expect(location.origin, `${round}: the reader stays on nginx`).toBe(nginx)
      expect(location.pathname).toMatch(/^\/articles\/[a-z0-9-]+$/)
      expect((await get(location.href)).status).toBe(200)
    }
    const api = await fetch(`${nginx}${apiArticlePath(MOVED_OLD_SLUG)}`, { redirect: 'manual' })
    expect(api.status).toBe(308)
    expect(api.headers.get('location')).toMatch(/^\/api\/v1\/articles\/[a-z0-9-]+$/)
    const draftOld = await fetch(`${nginx}${articlePath(DRAFT_OLD_SLUG)}`, { redirect: 'manual' })
    expect(draftOld.status, "a draft's old slug is a 404").toBe(404)
  })

  test('hashed assets come from disk, immutable, and text is compressed once, by nginx', async () => {
    const home = await get(`${nginx}${HOME_PATH}`)
    const script = /src="(\/_next\/static\/[^"?]+\.js)/.exec(home.body)?.[1]
    expect(script, 'the home page loads a script from /_next/static').toBeDefined()
    const asset = await get(`${nginx}${script}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('x-nextjs-cache'), 'not proxied to an instance').toBeNull()
    const page = await fetch(`${nginx}${ARTICLES_PATH}`, { headers: { 'accept-encoding': 'gzip, br' } })
    expect(page.headers.get('content-encoding')).toBe('gzip')
    // fetch decodes one layer: a page compressed twice would not read as HTML.
    expect(await page.text()).toMatch(/^<!DOCTYPE html>/)
    // The same instance, asked directly as a lone server is, compresses itself (lib/security/compression.ts).
    const direct = await fetch(`${A}${ARTICLES_PATH}`, { headers: { 'accept-encoding': 'gzip, br' } })
    expect(direct.headers.get('content-encoding')).toBe('br')
    expect(await direct.text()).toMatch(/^<!DOCTYPE html>/)
  })
})

describe('one cache for every instance', () => {
  test('scheduled: 404 on both before its time; revalidating on A makes B list it; 200 on both once the cache expires', async () => {
    // Cache the article index and the scheduled article's 404 shortly before the article goes live.
    await sleep(Math.max(0, publishAt.getTime() - 6_000 - Date.now()))
    expect(Date.now(), 'still before the scheduled time').toBeLessThan(publishAt.getTime() - 2_000)
    const revalidate = (paths: string[]) =>
      fetch(`${A}${API_REVALIDATE_PATH}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${REVALIDATE_SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify({ paths }),
      })
    expect((await revalidate([ARTICLES_PATH])).status).toBe(200)
    const indexBefore = await get(`${A}${ARTICLES_PATH}`)
    expect(listsScheduled(indexBefore.body)).toBe(false)
    for (const origin of [A, B]) {
      const before = await get(`${origin}${articlePath(SCHEDULED_SLUG)}`)
      expect(before.status, `${origin} before the scheduled time`).toBe(404)
      expect(before.body).not.toContain(SCHEDULED_MARKER)
      // Its card and API answer too, and no cache may keep those 404s (a card's was kept a year).
      for (const path of [articleCardPath(SCHEDULED_SLUG), apiArticlePath(SCHEDULED_SLUG)]) {
        const early = await get(`${origin}${path}`)
        expect(early.status, `${origin}${path} before the scheduled time`).toBe(404)
        expect(early.headers.get('cache-control'), `${origin}${path}`).toMatch(/no-store/)
      }
    }

    await sleep(Math.max(0, publishAt.getTime() + 1_000 - Date.now()))
    // B never rendered the index: it serves A's copy from Redis, from before the article went live.
    const indexOnB = await get(`${B}${ARTICLES_PATH}`)
    expect(indexOnB.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(listsScheduled(indexOnB.body)).toBe(false)

    const answer = await revalidate([ARTICLES_PATH])
    expect(await answer.json()).toMatchObject({ revalidated: { paths: [ARTICLES_PATH], tags: [] } })
    expect(listsScheduled((await get(`${B}${ARTICLES_PATH}`)).body), 'B lists it right after revalidation on A').toBe(true)
    expect(
      await eventually(async () => listsScheduled((await get(`${nginx}${ARTICLES_PATH}`)).body), MICRO_CACHE_SECONDS + 3),
    ).toBe(true)

    // The article page itself was not revalidated: it goes live when its cached 404 expires, on both.
    const live = await eventually(async () => {
      const answers = await Promise.all([A, B].map((origin) => get(`${origin}${articlePath(SCHEDULED_SLUG)}`)))
      return answers.every((page) => page.status === 200 && page.body.includes(SCHEDULED_MARKER))
    }, CACHE_MAX_AGE_SECONDS + 10)
    expect(live, 'the scheduled article is 200 on both instances').toBe(true)
    // Its social card and its API answer are live on both as well, within the same time.
    const cardAndApiLive = await eventually(async () => {
      const answers = await Promise.all(
        [A, B].flatMap((origin) =>
          [articleCardPath(SCHEDULED_SLUG), apiArticlePath(SCHEDULED_SLUG)].map((path) => get(`${origin}${path}`)),
        ),
      )
      return answers.every((answer) => answer.status === 200)
    }, CACHE_MAX_AGE_SECONDS + 10)
    expect(cardAndApiLive, 'the scheduled article’s card and API answer are 200 on both instances').toBe(true)
  }, 150_000)

  test('Redis stopped: both instances still answer 200 and log it; Redis back: the cache is shared again', async () => {
    clusterCommand('stop', 'redis')
    const pages = [HOME_PATH, ARTICLES_PATH, articlePath(SCHEDULED_SLUG), TOPICS_PATH, SITE_FEED_PATHS.rss]
    for (const origin of [A, B]) {
      for (const page of pages) expect((await get(`${origin}${page}`)).status, `${origin}${page} without Redis`).toBe(200)
    }
    expect((await get(`${nginx}${HOME_PATH}?without-redis=1`)).status).toBe(200)
    for (const index of [0, 1])
      expect(instanceLog(index)).toMatch(/Redis at redis:\/\/\S+ is unreachable .*serving from this instance's memory/)

    clusterCommand('start', 'redis')
    const reconnected = (index: number) =>
      /is up: this instance reads and writes the shared cache/.test(instanceLog(index).split('is unreachable').at(-1)!)
    expect(await eventually(async () => reconnected(0) && reconnected(1), 15), 'both instances log that Redis is back').toBe(true)
    // A page nobody asked for before the outage: what A renders now, B must find there.
    const page = topicPath(SYNTHETIC_TOPICS[0].slug)
    expect((await get(`${A}${page}`)).headers.get('x-nextjs-cache')).toBe('MISS')
    expect((await get(`${B}${page}`)).headers.get('x-nextjs-cache'), 'B serves what A rendered after Redis returned').toBe('HIT')
    const keys = redisKeys()
    expect(keys.length, 'Redis holds entries again').toBeGreaterThan(0)
    expect(keys.filter((key) => !key.startsWith(cacheKeyPrefix(buildId())))).toEqual([])
  }, 60_000)
})

describe('failover', () => {
  test('an instance stopped under load through nginx: at most the requests in flight fail, every later one succeeds', async () => {
    const connections = 8
    let stoppedAt = Number.POSITIVE_INFINITY
    let stopLoad!: () => void
    const until = new Promise<void>((resolve) => (stopLoad = resolve))
    // Unique queries: nginx cannot answer from its micro-cache, every request reaches an instance.
    const load = runLoad(connections, (n) => `${nginx}${ARTICLES_PATH}?failover=${n}`, until)
    await sleep(1_500)
    stoppedAt = Date.now()
    clusterCommand('stop', 'instance-1')
    const stoppedDone = Date.now()
    await sleep(3_000)
    stopLoad()
    const records = await load

    const failures = records.filter((record) => !record.ok)
    const after = records.filter((record) => record.startedAt > stoppedDone)
    console.log(
      `failover: ${records.length} requests, ${failures.length} failed, ${after.length} started after instance-1 stopped`,
    )
    expect(records.filter((record) => record.endedAt < stoppedAt).length, 'load ran before the stop').toBeGreaterThan(connections)
    expect(after.length, 'load ran after the stop').toBeGreaterThan(connections)
    expect(failures.length, `failures: ${failures.map((record) => record.detail).join(', ')}`).toBeLessThanOrEqual(connections)
    expect(after.filter((record) => !record.ok)).toEqual([])
  }, 60_000)
})
