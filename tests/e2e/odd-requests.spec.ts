/**
 * Whatever a client sends, the answer is never a 500 (issue 15): bad percent-encodings, odd
 * methods, oversized or odd parameters get a 4xx whose body says what is wrong (JSON on the API),
 * and addresses of content that does not exist get the site's 404.
 */
import { expect, test } from '@playwright/test'

test('a path whose percent-encoding does not decode is a 400 that says so', async ({ request }) => {
  for (const path of ['/articles/%ff', '/articles/%', '/topics/%ff', '/articles/%E0%A4%A', '/%ff']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(400)
    expect(response.headers()['content-type'], path).toMatch(/^text\/plain/)
    expect(await response.text(), path).toMatch(/^Bad request: the path has a malformed percent-encoding/)
  }
  const api = await request.get('/api/search%ff?q=gut')
  expect(api.status()).toBe(400)
  expect(await api.json()).toEqual({ error: expect.stringMatching(/malformed percent-encoding/) })
})

test('TRACE and other methods the API does not serve are a 405 with a JSON body', async ({ request }) => {
  for (const path of ['/api/search?q=gut', '/api/preview', '/api/preview/exit']) {
    for (const method of ['TRACE', 'DELETE', 'PUT', 'PATCH', 'POST', 'PROPFIND']) {
      const response = await request.fetch(path, { method })
      expect(response.status(), `${method} ${path}`).toBe(405)
      expect(response.headers().allow, `${method} ${path}`).toMatch(/^GET, HEAD/)
      expect(await response.json(), `${method} ${path}`).toEqual({
        error: `method ${method} is not allowed here; use GET or HEAD`,
      })
    }
  }
})

test('pages answer only GET and HEAD', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'TRACE']) {
    const response = await request.fetch('/articles', { method })
    expect(response.status(), method).toBe(405)
  }
  expect((await request.head('/articles')).status()).toBe(200)
})

test('oversized and odd search parameters are a 400 naming the parameter', async ({ request }) => {
  const cases: [string, string][] = [
    [`q=${'a'.repeat(5000)}`, 'q'],
    ['q=%20%20', 'q'],
    ['q=gut&limit=lots', 'limit'],
    ['q=gut&topic=%3Cscript%3E', 'topic'],
    ['q=gut&topic=%ff', 'topic'],
  ]
  for (const [query, parameter] of cases) {
    const response = await request.get(`/api/search?${query}`)
    expect(response.status(), query.slice(0, 40)).toBe(400)
    expect((await response.json()).parameter, query.slice(0, 40)).toBe(parameter)
  }
  // Bytes that are not UTF-8 in the query are read leniently, never a 500.
  expect((await request.get('/api/search?q=%ff%fe')).status()).toBeLessThan(500)
  expect((await request.get(`/search?q=${'%ff'.repeat(100)}`)).status()).toBeLessThan(500)
})

test('a path longer than any the site makes is a 414', async ({ request }) => {
  const response = await request.get(`/articles/${'a'.repeat(2000)}`)
  expect(response.status()).toBe(414)
  expect(await response.text()).toMatch(/the limit is 1024/)
})

test('unknown articles, topics and index pages are the site’s 404, and their cards and feeds too', async ({ request }) => {
  for (const path of [
    '/articles/no-such-article',
    '/articles/no-such-article/opengraph-image',
    '/topics/no-such-topic',
    '/topics/no-such-topic/opengraph-image',
    '/articles/page/9999',
    '/articles/page/02',
    '/articles/a/b/c',
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).toContain('Page not found')
  }
})
