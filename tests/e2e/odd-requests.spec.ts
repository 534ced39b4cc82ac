/**
 * Whatever a client sends, the answer is never a 500 (issue 15): bad percent-encodings, odd
 * methods, oversized or odd parameters get a 4xx whose body says what is wrong (JSON on the API),
 * and addresses of content that does not exist get the site's 404.
 */
import net from 'node:net'
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

/** Sends a request line as is over a socket (no client library would send `*` or an absolute form). */
function rawRequest(baseURL: string, requestLine: string): Promise<{ status: number; headers: Record<string, string> }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
    )
    let data = ''
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${requestLine}`)))
    socket.on('data', (chunk) => (data += chunk.toString('latin1')))
    socket.on('end', () => {
      const [statusLine, ...lines] = data.split('\r\n\r\n')[0]!.split('\r\n')
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      )
      resolve({ status: Number(statusLine!.split(' ')[1]), headers })
    })
    socket.on('error', reject)
  })
}

test('odd request lines, methods on build assets and image URLs: a 4xx with the security headers, never a 500', async ({
  request,
  baseURL,
}) => {
  const home = await (await request.get('/')).text()
  const chunk = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(home)?.[0]
  expect(chunk, 'a script chunk on the home page').toBeDefined()
  const cases: [string, number][] = [
    ['OPTIONS * HTTP/1.1', 204],
    ['GET * HTTP/1.1', 400],
    ['GET http://evil.example/feed.xml HTTP/1.1', 400],
    ['GET /_next/image?url=%2F%5Cevil.example%2Fx.png&w=64&q=75 HTTP/1.1', 400],
    ...['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'].map((method): [string, number] => [`${method} ${chunk} HTTP/1.1`, 405]),
    ['GET /articles/ HTTP/1.1', 308],
    ['GET /_global-error HTTP/1.1', 404],
  ]
  for (const [line, status] of cases) {
    const answer = await rawRequest(baseURL!, line)
    expect(answer.status, line).toBe(status)
    expect(answer.headers['x-content-type-options'], line).toBe('nosniff')
    expect(answer.headers['content-security-policy'], line).toContain("frame-ancestors 'none'")
    expect(answer.headers['cross-origin-resource-policy'], line).toBe('same-origin')
    expect(answer.headers['location'] ?? '', line).not.toContain('evil.example')
    expect(answer.headers['cache-control'] ?? '', line).not.toMatch(/s-maxage=31536000/)
  }
  // The chunk itself is still served, to GET.
  expect((await request.get(chunk!)).status()).toBe(200)
})

test('Cross-Origin-Resource-Policy: same-origin on pages, cross-origin on what other sites load', async ({ request }) => {
  for (const path of ['/', '/articles', '/topics', '/search?q=gut', '/robots.txt', '/sitemap.xml', '/api/search?q=gut'])
    expect((await request.get(path)).headers()['cross-origin-resource-policy'], path).toBe('same-origin')
  const article = /href="(\/articles\/[a-z0-9-]+)"/.exec(await (await request.get('/articles')).text())![1]!
  for (const path of [
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/topics/dysbiosis/feed.xml',
    '/api/v1/articles',
    '/api/v1/openapi.json',
    '/opengraph-image',
    `${article}/opengraph-image`,
    '/topics/dysbiosis/opengraph-image',
  ]) {
    const answer = await request.get(path)
    expect(answer.status(), path).toBe(200)
    expect(answer.headers()['cross-origin-resource-policy'], path).toBe('cross-origin')
  }
})
