/**
 * To a reader, an unpublished article is answered exactly like a slug that never existed (issue
 * 28): a table of request shapes (the page, its HEAD, the RSC payload, the router's prefetches,
 * the social card, the content API) × {draft, scheduled, never existed}, on the fixture build. Each
 * answer must match the never-existing slug's in status, every header but the date, and body
 * (with the slug itself written out the same way). An article in review is covered by the proxy's
 * unit table (tests/unit/security/request-guard.test.ts): the fixture has none.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'
import { DRAFT_MARKER, DRAFT_SLUG, SCHEDULED_MARKER, SCHEDULED_SLUG } from '../../scripts/synthetic-content'

const NEVER_EXISTED = 'never-existed-fixture-article'

type Shape = { name: string; path: (slug: string) => string; method?: 'GET' | 'HEAD'; headers?: Record<string, string> }

const page = (slug: string) => `/articles/${slug}`
const SHAPES: Shape[] = [
  { name: 'page', path: page },
  { name: 'page, HEAD', path: page, method: 'HEAD' },
  { name: 'RSC payload', path: page, headers: { RSC: '1' } },
  { name: 'RSC payload by query', path: (slug) => `${page(slug)}?_rsc=1a2b3` },
  { name: 'prefetch', path: page, headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
  {
    name: 'segment prefetch of the tree',
    path: page,
    headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  },
  { name: 'social card', path: (slug) => `${page(slug)}/opengraph-image` },
  { name: 'API', path: (slug) => `/api/v1/articles/${slug}` },
  { name: 'API, conditional', path: (slug) => `/api/v1/articles/${slug}`, headers: { 'If-None-Match': '"x"' } },
]

const IGNORED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

async function answer(request: APIRequestContext, shape: Shape, slug: string) {
  const response = await request.fetch(shape.path(slug), {
    method: shape.method ?? 'GET',
    headers: shape.headers,
    maxRedirects: 0,
  })
  const body = (await response.body()).toString('latin1')
  const headers = Object.fromEntries(
    Object.entries(response.headers())
      .filter(([name]) => !IGNORED_HEADERS.has(name))
      .map(([name, value]) => [name, value.replaceAll(slug, '<slug>')]),
  )
  const normalized = body.replaceAll(slug, '<slug>')
  // The length of the body with the slug written out the same way (API problems name it).
  if (headers['content-length'] && body.length > 0) headers['content-length'] = String(normalized.length)
  return { status: response.status(), headers, body: normalized, raw: body }
}

for (const shape of SHAPES) {
  test(`${shape.name}: a draft and a scheduled article answer exactly like a slug that never existed`, async ({ request }) => {
    const unknown = await answer(request, shape, NEVER_EXISTED)
    expect(unknown.status, `${shape.name} of an unknown slug`).toBe(404)
    for (const [slug, marker] of [
      [DRAFT_SLUG, DRAFT_MARKER],
      [SCHEDULED_SLUG, SCHEDULED_MARKER],
    ]) {
      const unpublished = await answer(request, shape, slug!)
      expect(unpublished.raw, `${shape.name} of ${slug}`).not.toContain(marker)
      expect({ status: unpublished.status, headers: unpublished.headers }, `${shape.name} of ${slug}`).toEqual({
        status: unknown.status,
        headers: unknown.headers,
      })
      expect(unpublished.body, `${shape.name} of ${slug}`).toBe(unknown.body)
    }
  })
}

test('the 404s of unpublished articles are never kept by a shared cache', async ({ request }) => {
  for (const shape of SHAPES) {
    for (const slug of [DRAFT_SLUG, SCHEDULED_SLUG]) {
      const { headers } = await answer(request, shape, slug)
      expect(headers['cache-control'], `${shape.name} of ${slug}`).toMatch(/no-store/)
      expect(headers['x-nextjs-cache'], `${shape.name} of ${slug}`).toBeUndefined()
    }
  }
})
