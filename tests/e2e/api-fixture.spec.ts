/**
 * The content API on the fixture build (`npm run build:e2e-fixture`: 25 synthetic articles, a draft
 * and a scheduled article carrying markers, and a test PREVIEW_SECRET): drafts and scheduled
 * articles never reach a reader, in lists, single items, topic and author listings, counts, cursors
 * or Link headers; with the token they do, marked with their state, privately; every answer keeps
 * to the OpenAPI document either way.
 */
import { expect, test } from '@playwright/test'
import { decodeCursor } from '../../lib/api/params'
import { E2E_ARTICLES, E2E_PREVIEW_SECRET, E2E_UNPUBLISHED_MARKERS } from '../../scripts/build-e2e-fixture'
import { DRAFT_SLUG, SCHEDULED_SLUG } from '../../scripts/synthetic-content'
import { crawlApi, expectProblem } from '../helpers/api-crawl'

const UNPUBLISHED = [DRAFT_SLUG, SCHEDULED_SLUG]
const TRACES = [...E2E_UNPUBLISHED_MARKERS, ...UNPUBLISHED]
const PREVIEW = { Authorization: `Bearer ${E2E_PREVIEW_SECRET}` }

test('a reader: every answer keeps to the document and none holds a trace of either article', async ({ request }) => {
  const { crawled, problems } = await crawlApi(request)
  expect(problems).toEqual([])
  expect(crawled.length).toBeGreaterThan(E2E_ARTICLES)
  for (const { path, text, link } of crawled) {
    for (const trace of TRACES) expect(`${text}\n${link}`.includes(trace), `${trace} in ${path}`).toBe(false)
    for (const [, cursor] of text.matchAll(/"nextCursor":"([^"]+)"/g)) expect(UNPUBLISHED).not.toContain(decodeCursor(cursor!))
  }
  const list = (await (await request.get('/api/v1/articles')).json()) as { total: number }
  expect(list.total).toBe(E2E_ARTICLES)
  const topics = (await (await request.get('/api/v1/topics')).json()) as { data: { slug: string; articleCount: number }[] }
  for (const topic of topics.data) {
    const listing = (await (await request.get(`/api/v1/topics/${topic.slug}`)).json()) as { articles: { total: number } }
    expect(listing.articles.total, topic.slug).toBe(topic.articleCount)
  }
  for (const slug of UNPUBLISHED) {
    await expectProblem(request, `/api/v1/articles/${slug}`, 404, 'not-found', 'slug')
  }
})

test('an editor with the token: both articles listed and served, marked with their state, privately', async ({ request }) => {
  const { crawled, problems } = await crawlApi(request, PREVIEW)
  expect(problems).toEqual([])
  const list = (await (await request.get('/api/v1/articles?limit=100', { headers: PREVIEW })).json()) as {
    total: number
    data: { slug: string; publication: string }[]
  }
  expect(list.total).toBe(E2E_ARTICLES + 2)
  const states = Object.fromEntries(list.data.map(({ slug, publication }) => [slug, publication]))
  expect([states[DRAFT_SLUG], states[SCHEDULED_SLUG]]).toEqual(['draft', 'scheduled'])
  for (const slug of UNPUBLISHED) {
    expect(crawled.map(({ path }) => path)).toContain(`/api/v1/articles/${slug}`)
    const answer = await request.get(`/api/v1/articles/${slug}`, { headers: PREVIEW })
    expect(answer.status()).toBe(200)
    expect(answer.headers()['cache-control']).toBe('private, no-store')
    expect(answer.headers()['access-control-allow-origin']).toBeUndefined()
  }
})

test('a wrong token is a 401 that shows nothing', async ({ request }) => {
  for (const path of ['/api/v1/articles', `/api/v1/articles/${DRAFT_SLUG}`, '/api/v1/topics']) {
    const answer = await request.get(path, { headers: { Authorization: `Bearer ${E2E_PREVIEW_SECRET}-wrong` } })
    expect(answer.status(), path).toBe(401)
    const text = await answer.text()
    for (const trace of E2E_UNPUBLISHED_MARKERS) expect(text).not.toContain(trace)
    expect(text).not.toContain('"data"')
  }
})

test('after an editor has read the drafts, readers still get the public answers', async ({ request, playwright, baseURL }) => {
  await request.get(`/api/v1/articles/${DRAFT_SLUG}`, { headers: PREVIEW })
  await request.get('/api/v1/articles', { headers: PREVIEW })
  const reader = await playwright.request.newContext({ baseURL })
  try {
    const text = await (await reader.get('/api/v1/articles')).text()
    for (const trace of TRACES) expect(text).not.toContain(trace)
    expect((await reader.get(`/api/v1/articles/${DRAFT_SLUG}`)).status()).toBe(404)
  } finally {
    await reader.dispose()
  }
})
