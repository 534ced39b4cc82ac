/**
 * The content API's HTTP: validators and 304s, caching and CORS headers, pagination links, HEAD,
 * 405 with Allow, and every bad request as an RFC 9457 problem naming its parameter.
 */
import { describe, expect, test } from 'vitest'
import { encodeCursor } from '@/lib/api/params'
import { createContentStore } from '@/lib/content/store'
import { callApi, read } from '../../helpers/api'
import { NOW, syntheticContent, syntheticStore, TOPICS } from '../../helpers/synthetic-store'

const store = syntheticStore(25)

describe('caching', () => {
  test('If-None-Match with the current ETag is a 304 with no body and the same validators', async () => {
    for (const path of [
      '/api/v1/articles',
      '/api/v1/articles/article-1',
      '/api/v1/topics',
      '/api/v1/topics/dysbiosis',
      '/api/v1/authors',
      '/api/v1/authors/wren-writer',
    ]) {
      const first = await read(callApi(store, path))
      const etag = first.headers.get('etag')!
      expect(etag, path).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const again = await read(callApi(store, path, { headers: { 'If-None-Match': ifNoneMatch } }))
        expect(again.status, `${path} ${ifNoneMatch}`).toBe(304)
        expect(again.text).toBe('')
        expect(again.headers.get('etag')).toBe(etag)
        expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
      }
      expect((await read(callApi(store, path, { headers: { 'If-None-Match': '"stale"' } }))).status).toBe(200)
    }
  })

  test('a changed article changes its ETag and the lists holding it', async () => {
    const content = syntheticContent(25)
    const corrected = content.articles.map((article) =>
      article.slug === 'article-1' ? { ...article, updatedAt: NOW, bodyHtml: `${article.bodyHtml}<p>Corrected.</p>` } : article,
    )
    const changed = createContentStore({ ...content, articles: corrected }, () => NOW)
    const etag = async (from: typeof store, path: string) => (await read(callApi(from, path))).headers.get('etag')
    expect(await etag(changed, '/api/v1/articles/article-1')).not.toBe(await etag(store, '/api/v1/articles/article-1'))
    expect(await etag(changed, '/api/v1/articles')).not.toBe(await etag(store, '/api/v1/articles'))
    // An answer that does not hold the article keeps its ETag.
    expect(await etag(changed, '/api/v1/articles/article-20')).toBe(await etag(store, '/api/v1/articles/article-20'))
    const lastModified = (await read(callApi(changed, '/api/v1/articles/article-1'))).headers.get('last-modified')
    expect(lastModified).toBe(NOW.toUTCString())
  })

  test('public answers: shared caches for 15 minutes, readable from any origin', async () => {
    const { headers } = await read(callApi(store, '/api/v1/articles/article-1'))
    expect(headers.get('cache-control')).toBe('public, max-age=0, s-maxage=900')
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(headers.get('access-control-expose-headers')).toMatch(/ETag/)
    expect(headers.get('vary')).toBe('Authorization')
    expect(headers.get('last-modified')).toBe(store.getArticle('article-1')!.publishedAt.toUTCString())
  })

  test('HEAD answers the same headers with no body', async () => {
    const get = await read(callApi(store, '/api/v1/articles?limit=2'))
    const head = await read(callApi(store, '/api/v1/articles?limit=2', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(head.text).toBe('')
    for (const name of ['etag', 'last-modified', 'cache-control', 'link', 'content-type'])
      expect(head.headers.get(name), name).toBe(get.headers.get(name))
  })
})

describe('pagination', () => {
  test('next and Link lead through every article once, newest first', async () => {
    const slugs: string[] = []
    let path: string | null = '/api/v1/articles?limit=7'
    while (path) {
      const { body, headers }: { body: unknown; headers: Headers } = await read(callApi(store, path))
      const page = body as { data: { slug: string }[]; next: string | null; limit: number; total: number }
      expect(page.limit).toBe(7)
      expect(page.total).toBe(25)
      expect(headers.get('link')).toBe(page.next ? `<${page.next}>; rel="next"` : null)
      slugs.push(...page.data.map(({ slug }) => slug))
      path = page.next
    }
    expect(slugs).toEqual(store.listArticles().map(({ slug }) => slug))
  })

  test('the default page is 20, the largest 100; filters carry into next', async () => {
    expect(((await read(callApi(store, '/api/v1/articles'))).body as { data: unknown[] }).data).toHaveLength(20)
    expect(((await read(callApi(store, '/api/v1/articles?limit=100'))).body as { data: unknown[] }).data).toHaveLength(25)
    const topic = TOPICS[1]!.slug
    const { body } = await read(callApi(store, `/api/v1/articles?topic=${topic}&limit=2`))
    expect((body as { next: string }).next).toMatch(new RegExp(`^/api/v1/articles\\?topic=${topic}&limit=2&cursor=`))
  })

  test('updatedSince keeps articles changed at or after the instant', async () => {
    const since = store.getArticle('article-3')!.publishedAt
    const { body } = await read(callApi(store, `/api/v1/articles?updatedSince=${encodeURIComponent(since.toISOString())}`))
    expect((body as { data: { slug: string }[] }).data.map(({ slug }) => slug)).toEqual(['article-1', 'article-2', 'article-3'])
  })
})

const problem = (type: string, parameter: string | undefined, status: number) => ({ type, parameter, status })

describe('bad requests are RFC 9457 problems naming the parameter', () => {
  test.each([
    ['/api/v1/articles?colour=blue', problem('unknown-parameter', 'colour', 400)],
    ['/api/v1/articles/article-1?limit=5', problem('unknown-parameter', 'limit', 400)],
    ['/api/v1/topics?page=2', problem('unknown-parameter', 'page', 400)],
    ['/api/v1/articles?limit=0', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/articles?limit=101', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/articles?limit=ten', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/articles?limit=2.5', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/articles?limit=', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/articles?limit=5&limit=6', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/topics/dysbiosis?limit=-1', problem('invalid-parameter', 'limit', 400)],
    ['/api/v1/articles?updatedSince=yesterday', problem('invalid-parameter', 'updatedSince', 400)],
    ['/api/v1/articles?cursor=nonsense', problem('invalid-cursor', 'cursor', 400)],
    ['/api/v1/articles?cursor=', problem('invalid-cursor', 'cursor', 400)],
    [`/api/v1/topics/lifestyle?cursor=${encodeCursor('article-3')}`, problem('invalid-cursor', 'cursor', 400)],
    ['/api/v1/articles?topic=nope', problem('unknown-topic', 'topic', 400)],
    ['/api/v1/articles?topic=Not%20A%20Slug', problem('unknown-topic', 'topic', 400)],
    ['/api/v1/articles/no-such-article', problem('not-found', 'slug', 404)],
    ['/api/v1/articles/Not%20a%20slug', problem('not-found', 'slug', 404)],
    ['/api/v1/topics/no-such-topic', problem('not-found', 'slug', 404)],
    ['/api/v1/authors/no-such-author', problem('not-found', 'slug', 404)],
  ])('%s', async (path, expected) => {
    const { status, headers, body } = await read(callApi(store, path))
    const answer = body as { type: string; parameter?: string; status: number; title: string; detail: string; instance: string }
    expect({ type: answer.type.replace(/^.*#problem-/, ''), parameter: answer.parameter, status }).toEqual(expected)
    expect(answer.type).toBe(`https://gut-skin.example/api/v1/docs#problem-${expected.type}`)
    expect(answer.status).toBe(status)
    expect(answer.detail).toMatch(
      expected.parameter === 'slug' ? /^no (article|topic|author) "/ : new RegExp(expected.parameter!),
    )
    expect(answer.instance).toBe(new URL(path, 'http://x').pathname)
    expect(headers.get('content-type')).toBe('application/problem+json')
    expect(headers.get('cache-control')).toBe('no-store')
  })

  test('an unknown topic lists the known ones; so does an unknown parameter', async () => {
    const topic = (await read(callApi(store, '/api/v1/articles?topic=nope'))).body as { known: string[]; detail: string }
    expect(topic.known).toEqual(['dysbiosis', 'nutrients', 'lifestyle'])
    expect(topic.detail).toBe('unknown topic "nope" (known: dysbiosis, nutrients, lifestyle)')
    const parameter = (await read(callApi(store, '/api/v1/articles?colour=blue'))).body as { known: string[] }
    expect(parameter.known).toEqual(['limit', 'cursor', 'topic', 'updatedSince'])
  })

  test('OPTIONS is a CORS preflight: GET and HEAD with the conditional headers, never Authorization', async () => {
    const answer = callApi(store, '/api/v1/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(answer.status).toBe(204)
    expect(await answer.text()).toBe('')
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
    const allowed = answer.headers.get('access-control-allow-headers')!.toLowerCase().split(/, */)
    expect(allowed).toEqual(['if-none-match', 'if-modified-since'])
    expect(allowed).not.toContain('authorization')
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull()
    expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })

  test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s is a 405 with Allow', async (method) => {
    const { status, headers, body } = await read(callApi(store, '/api/v1/articles', { method }))
    expect(status).toBe(405)
    expect(headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect((body as { type: string }).type).toMatch(/#problem-method-not-allowed$/)
  })
})
