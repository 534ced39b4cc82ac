/**
 * The build-output leak check, on the fixture build (`.next-e2e`, `npm run build:e2e-fixture`): a
 * draft and a scheduled article, each carrying a marker string, must leave no trace anywhere a
 * reader can fetch, neither in the files the build wrote nor in what the running server answers,
 * even after an editor has previewed them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import { E2E_DIST_DIR, E2E_PREVIEW_SECRET, E2E_UNPUBLISHED_MARKERS } from '../../scripts/build-e2e-fixture'
import { leakProblems, scanBuildOutput } from '../../scripts/build-output-leaks'
import { DRAFT_SLUG, SCHEDULED_SLUG, SYNTHETIC_REVIEWER, SYNTHETIC_WRITER } from '../../scripts/synthetic-content'
import { AUTHORS_PATH, authorPath } from '../../lib/routes'

const DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', E2E_DIST_DIR)
const UNPUBLISHED_PATHS = [`/articles/${DRAFT_SLUG}`, `/articles/${SCHEDULED_SLUG}`]
const READER_PATHS = [
  '/',
  '/articles',
  '/articles/page/2',
  '/articles/page/3',
  '/topics',
  '/topics/dysbiosis',
  '/topics/nutrients',
  '/topics/lifestyle',
  // The draft's writer and the scheduled article's writer and reviewer.
  AUTHORS_PATH,
  authorPath(SYNTHETIC_WRITER.slug),
  authorPath(SYNTHETIC_REVIEWER.slug),
  '/preview',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/topics/dysbiosis/feed.xml',
  '/sitemap.xml',
  ...UNPUBLISHED_PATHS,
]

/** The page as HTML and as the RSC payload client-side navigation fetches. */
async function fetchBoth(request: APIRequestContext, pathname: string) {
  const html = await request.get(pathname)
  const rsc = await request.get(pathname, { headers: { RSC: '1' } })
  return [
    { what: `${pathname} (HTML)`, status: html.status(), body: await html.text() },
    { what: `${pathname} (RSC)`, status: rsc.status(), body: await rsc.text() },
  ]
}

function expectNoMarker(what: string, body: string) {
  for (const marker of E2E_UNPUBLISHED_MARKERS) expect(body.includes(marker), `${marker} in ${what}`).toBe(false)
}

test('readers fetching every page, as HTML and as RSC, never receive a marker, even after a preview', async ({ baseURL }) => {
  // An editor previews both articles and /preview first: their pages must not be cached for others.
  const editor = await playwrightRequest.newContext({ baseURL })
  const reader = await playwrightRequest.newContext({ baseURL })
  try {
    const entered = await editor.get(`/api/preview?${new URLSearchParams({ secret: E2E_PREVIEW_SECRET, slug: DRAFT_SLUG })}`)
    expect(entered.status()).toBe(200)
    for (const pathname of [...UNPUBLISHED_PATHS, '/preview']) {
      const answers = await fetchBoth(editor, pathname)
      for (const { what, status } of answers) expect(status, what).toBe(200)
    }

    for (const pathname of READER_PATHS) {
      for (const { what, status, body } of await fetchBoth(reader, pathname)) {
        const expected = UNPUBLISHED_PATHS.includes(pathname) || pathname === '/preview' ? 404 : 200
        expect(status, what).toBe(expected)
        expectNoMarker(what, body)
      }
    }
  } finally {
    await editor.dispose()
    await reader.dispose()
  }
})

test('an unpublished article has no social card, even for an editor in preview', async ({ baseURL }) => {
  const editor = await playwrightRequest.newContext({ baseURL })
  try {
    await editor.get(`/api/preview?${new URLSearchParams({ secret: E2E_PREVIEW_SECRET, slug: DRAFT_SLUG })}`)
    for (const pathname of UNPUBLISHED_PATHS) {
      const card = await editor.get(`${pathname}/opengraph-image`)
      expect(card.status(), pathname).toBe(404)
      expectNoMarker(`${pathname}/opengraph-image`, await card.text())
    }
  } finally {
    await editor.dispose()
  }
})

test('no file a reader can fetch from the build output holds a marker', async () => {
  const scan = scanBuildOutput(DIST_DIR, E2E_UNPUBLISHED_MARKERS)
  // HTML, RSC payloads and segments, .meta, .body, every JSON, static JS and CSS, the route cache.
  expect(scan.scanned.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10)
  expect(scan.scanned.filter((file) => file.endsWith('.rsc')).length).toBeGreaterThan(10)
  expect(scan.scanned.filter((file) => file.endsWith('.meta')).length).toBeGreaterThan(10)
  expect(scan.scanned.filter((file) => file.startsWith('static/')).length).toBeGreaterThan(5)
  expect(scan.scanned.filter((file) => file.endsWith('.json')).length).toBeGreaterThan(5)
  expect(scan.scanned).toContain('prerender-manifest.json')
  // The author pages of the draft's writer and the scheduled article's writer and reviewer, and the index.
  for (const page of ['authors', `authors/${SYNTHETIC_WRITER.slug}`, `authors/${SYNTHETIC_REVIEWER.slug}`]) {
    expect(scan.scanned).toContain(`server/app/${page}.html`)
    expect(scan.scanned).toContain(`server/app/${page}.rsc`)
  }

  expect(scan.leaks).toEqual(Object.fromEntries(E2E_UNPUBLISHED_MARKERS.map((marker) => [marker, []])))
  // The positive control: the content snapshot the server reads does hold both articles, so the
  // scan would see a leak.
  for (const marker of E2E_UNPUBLISHED_MARKERS) expect(scan.inServerOnlyFiles[marker], marker).toContain('content-snapshot.json')
  expect(leakProblems(scan)).toEqual([])
})

test('generateStaticParams built neither unpublished article', async () => {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
    dynamicRoutes: Record<string, unknown>
  }
  const routes = Object.keys(manifest.routes)
  expect(routes).toContain('/articles')
  expect(routes.filter((route) => route.startsWith('/articles/')).length).toBeGreaterThan(10)
  for (const pathname of UNPUBLISHED_PATHS) expect(routes).not.toContain(pathname)
  expect(JSON.stringify(manifest)).not.toMatch(new RegExp(`${DRAFT_SLUG}|${SCHEDULED_SLUG}`))
})
