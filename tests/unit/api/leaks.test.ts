/**
 * Drafts and scheduled articles never leave the content API without the preview token: not in
 * lists, single items, topic and author listings, counts or cursors. With the token they are
 * there, marked with their state, and the answers are private. A synthetic store whose draft and
 * scheduled article carry marker strings (tests/helpers/synthetic-store.ts).
 */
import { describe, expect, test } from 'vitest'
import { decodeCursor, encodeCursor } from '@/lib/api/params'
import { callApi, read, TEST_SECRET } from '../../helpers/api'
import { DRAFT_MARKER, SCHEDULED_MARKER, syntheticStore, TOPICS } from '../../helpers/synthetic-store'

const store = syntheticStore(25)
const UNPUBLISHED = ['draft-article', 'scheduled-article']
const TRACES = [DRAFT_MARKER, SCHEDULED_MARKER, ...UNPUBLISHED]
const PREVIEW = { Authorization: `Bearer ${TEST_SECRET}` }

/** Every page of a paged listing, following `next`; the bodies and the cursors met on the way. */
async function walk(path: string, headers: Record<string, string> = {}) {
  const bodies: string[] = []
  const cursors: string[] = []
  const slugs: string[] = []
  let next: string | null = path
  while (next) {
    const { status, text, body } = await read(callApi(store, next, { headers }))
    expect(status, next).toBe(200)
    bodies.push(text)
    const page = ((body as { articles?: unknown }).articles ?? body) as {
      data: { slug: string }[]
      nextCursor: string | null
      next: string | null
    }
    slugs.push(...page.data.map((article) => article.slug))
    if (page.nextCursor) cursors.push(page.nextCursor)
    next = page.next
  }
  return { bodies, cursors, slugs }
}

const READER_LISTINGS = [
  '/api/v1/articles?limit=1',
  '/api/v1/articles',
  ...TOPICS.map((topic) => `/api/v1/topics/${topic.slug}?limit=1`),
  '/api/v1/authors/wren-writer?limit=2',
]

describe('without the token', () => {
  test('no list, listing page or cursor holds a trace of either article', async () => {
    for (const path of READER_LISTINGS) {
      const { bodies, cursors, slugs } = await walk(path)
      for (const trace of TRACES) expect(bodies.join('\n'), `${trace} in ${path}`).not.toContain(trace)
      for (const cursor of cursors) expect(UNPUBLISHED).not.toContain(decodeCursor(cursor))
      expect(slugs.length, path).toBeGreaterThan(0)
    }
    for (const path of ['/api/v1/topics', '/api/v1/authors', '/api/v1/authors/wren-writer']) {
      const { text } = await read(callApi(store, path))
      for (const trace of TRACES) expect(text, `${trace} in ${path}`).not.toContain(trace)
    }
  })

  test('counts and totals are the public ones', async () => {
    const { body } = await read(callApi(store, '/api/v1/articles'))
    expect((body as { total: number }).total).toBe(25)
    const topics = (await read(callApi(store, '/api/v1/topics'))).body as { data: { slug: string; articleCount: number }[] }
    expect(topics.data.map(({ slug, articleCount }) => [slug, articleCount])).toEqual(
      store.listTopics().map(({ slug, articleCount }) => [slug, articleCount]),
    )
    const authors = (await read(callApi(store, '/api/v1/authors'))).body as { data: { slug: string; articleCount: number }[] }
    expect(authors.data.find(({ slug }) => slug === 'wren-writer')?.articleCount).toBe(25)
    const topic = (await read(callApi(store, `/api/v1/topics/${TOPICS[0]!.slug}`))).body as {
      articleCount: number
      articles: { total: number }
    }
    expect(topic.articles.total).toBe(store.listArticlesInTopic(TOPICS[0]!.slug).length)
    expect(topic.articleCount).toBe(topic.articles.total)
  })

  test('an unpublished article is a 404 exactly like a slug that never existed', async () => {
    const never = await read(callApi(store, '/api/v1/articles/never-existed'))
    for (const slug of UNPUBLISHED) {
      const answer = await read(callApi(store, `/api/v1/articles/${slug}`))
      expect(answer.status).toBe(404)
      expect(JSON.parse(answer.text.replaceAll(slug, 'never-existed'))).toEqual(never.body)
      for (const trace of [DRAFT_MARKER, SCHEDULED_MARKER]) expect(answer.text).not.toContain(trace)
    }
  })

  test("a cursor naming an unpublished article is refused like any cursor that is not the list's", async () => {
    const made = await read(callApi(store, `/api/v1/articles?cursor=${encodeCursor('never-existed')}`))
    for (const slug of UNPUBLISHED) {
      const answer = await read(callApi(store, `/api/v1/articles?cursor=${encodeCursor(slug)}`))
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual(made.body)
    }
  })

  test('a wrong token is a 401 that shows nothing, on every endpoint', async () => {
    for (const path of [
      '/api/v1/articles',
      '/api/v1/articles/draft-article',
      '/api/v1/articles/article-1',
      '/api/v1/topics',
      '/api/v1/topics/dysbiosis',
      '/api/v1/authors',
      '/api/v1/authors/wren-writer',
    ]) {
      for (const authorization of [
        `Bearer ${TEST_SECRET}x`,
        'Bearer ',
        `Basic ${TEST_SECRET}`,
        TEST_SECRET,
        `Bearer ${TEST_SECRET.slice(0, -1)}`,
      ]) {
        const { status, text, headers, body } = await read(callApi(store, path, { headers: { Authorization: authorization } }))
        expect(status, `${path} with ${authorization}`).toBe(401)
        expect((body as { type: string }).type).toMatch(/#problem-unauthorized$/)
        expect(headers.get('www-authenticate')).toMatch(/^Bearer /)
        // `instance` is the request's own path; nothing else may name an article or an author.
        const { instance, ...rest } = body as { instance: string }
        expect(instance).toBe(path)
        for (const trace of [...TRACES, 'article-1', 'Wren']) expect(JSON.stringify(rest)).not.toContain(trace)
        expect(text).toBe(JSON.stringify(body))
      }
    }
  })

  test('with preview off on the server, even the right token is refused', async () => {
    const { status } = await read(callApi(store, '/api/v1/articles', { headers: PREVIEW, secret: undefined }))
    expect(status).toBe(401)
  })
})

describe('with the token', () => {
  test('lists, topic and author listings and counts include both, marked with their state', async () => {
    const { slugs, bodies } = await walk('/api/v1/articles?limit=4', PREVIEW)
    expect(slugs).toEqual(expect.arrayContaining(UNPUBLISHED))
    expect(slugs).toHaveLength(27)
    const all = bodies.join('\n')
    expect(all).toContain('"slug":"draft-article"')
    const list = (await read(callApi(store, '/api/v1/articles?limit=100', { headers: PREVIEW }))).body as {
      total: number
      data: { slug: string; publication: string }[]
    }
    expect(list.total).toBe(27)
    const states = Object.fromEntries(list.data.map(({ slug, publication }) => [slug, publication]))
    expect({ draft: states['draft-article'], scheduled: states['scheduled-article'], public: states['article-1'] }).toEqual({
      draft: 'draft',
      scheduled: 'scheduled',
      public: 'public',
    })
    const topic = TOPICS[2]!.slug
    expect((await walk(`/api/v1/topics/${topic}?limit=2`, PREVIEW)).slugs).toEqual(expect.arrayContaining(UNPUBLISHED))
    const topics = (await read(callApi(store, '/api/v1/topics', { headers: PREVIEW }))).body as {
      data: { slug: string; articleCount: number }[]
    }
    const publicCount = store.listArticlesInTopic(topic).length
    expect(topics.data.find(({ slug }) => slug === topic)?.articleCount).toBe(publicCount + 2)
  })

  test('single items answer, with their state, privately', async () => {
    for (const [slug, state, marker] of [
      ['draft-article', 'draft', DRAFT_MARKER],
      ['scheduled-article', 'scheduled', SCHEDULED_MARKER],
    ] as const) {
      const { status, headers, body, text } = await read(callApi(store, `/api/v1/articles/${slug}`, { headers: PREVIEW }))
      expect(status).toBe(200)
      expect((body as { publication: string }).publication).toBe(state)
      expect(text).toContain(marker)
      expect(headers.get('cache-control')).toBe('private, no-store')
      expect(headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  test('every answer with the token is private, every answer without it public', async () => {
    for (const path of ['/api/v1/articles', '/api/v1/articles/article-1', '/api/v1/topics', '/api/v1/authors/wren-writer']) {
      expect((await read(callApi(store, path, { headers: PREVIEW }))).headers.get('cache-control'), path).toBe(
        'private, no-store',
      )
      expect((await read(callApi(store, path))).headers.get('cache-control'), path).toMatch(/^public, /)
    }
  })
})

describe("the author pages' data (what /authors and /authors/<slug> render), from the same store", () => {
  test('neither the draft nor the scheduled article is listed or counted, for the writer or the reviewer', () => {
    const views = store.listAuthors().map((author) => store.getAuthorView(author.slug)!)
    expect(views.map((view) => view.author.slug)).toEqual(['rhea-reviewer', 'wren-writer'])
    for (const view of views) {
      const listed = [...view.written, ...view.reviewed].map(({ article }) => article)
      const text = JSON.stringify(listed.map(({ slug, title, summary, bodyHtml }) => ({ slug, title, summary, bodyHtml })))
      for (const trace of TRACES) expect(text, `${trace} on ${view.author.slug}'s page`).not.toContain(trace)
    }
    const writer = store.getAuthorView('wren-writer')!
    expect(writer.written.map(({ article }) => article.slug)).toEqual(store.listArticles().map((article) => article.slug))
    // The draft and the scheduled article name the same writer and reviewer (the factories' defaults).
    const reviewer = store.getAuthorView('rhea-reviewer')!
    expect(reviewer.reviewed.map(({ article }) => article.slug)).toEqual(store.listArticles().map((article) => article.slug))
    expect(
      store.listAuthorsWithCounts().map(({ author, writtenCount, reviewedCount }) => [author.slug, writtenCount, reviewedCount]),
    ).toEqual([
      ['rhea-reviewer', 0, 25],
      ['wren-writer', 25, 0],
    ])
  })

  test('an unknown author slug has no view (the page is the 404)', () => {
    expect(store.getAuthorView('never-existed')).toBeUndefined()
  })
})
