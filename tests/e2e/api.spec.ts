/**
 * The content API on the real site's production build (`next start`, preview off): every answer
 * keeps to the OpenAPI document, the document served is the generated one, the reference page
 * renders from this origin only, and no method a client can send gets a 500.
 */
import { expect, test } from '@playwright/test'
import { createOpenApiDocument } from '../../lib/api/openapi'
import { crawlApi, expectProblem } from '../helpers/api-crawl'
import { contentArticles } from '../helpers/e2e'

test('every answer reachable from the lists keeps to the OpenAPI document', async ({ request }) => {
  const { crawled, problems } = await crawlApi(request)
  expect(problems).toEqual([])
  const paths = crawled.map(({ path }) => path)
  for (const article of contentArticles().filter(({ isPublic }) => isPublic))
    expect(paths).toContain(`/api/v1/articles/${article.slug}`)
  for (const article of contentArticles().filter(({ isPublic }) => !isPublic)) {
    expect(
      crawled.some(({ text }) => text.includes(`"slug":"${article.slug}"`)),
      article.slug,
    ).toBe(false)
  }
})

test('bad requests are problems naming their parameter', async ({ request }) => {
  await expectProblem(request, '/api/v1/articles?colour=blue', 400, 'unknown-parameter', 'colour')
  await expectProblem(request, '/api/v1/articles?limit=500', 400, 'invalid-parameter', 'limit')
  await expectProblem(request, '/api/v1/articles?cursor=xyz', 400, 'invalid-cursor', 'cursor')
  await expectProblem(request, '/api/v1/articles?topic=nope', 400, 'unknown-topic', 'topic')
  await expectProblem(request, '/api/v1/articles/no-such-article', 404, 'not-found', 'slug')
  const other = await request.get('/api/v1/no-such-endpoint')
  expect(other.status()).toBe(404)
  expect(other.headers()['content-type']).toBe('application/problem+json')
})

test('with preview off on this server, any bearer token is a 401', async ({ request }) => {
  const answer = await request.get('/api/v1/articles', { headers: { Authorization: 'Bearer guess' } })
  expect(answer.status()).toBe(401)
  expect(answer.headers()['www-authenticate']).toMatch(/^Bearer/)
})

test('If-None-Match with the ETag is a 304 with no body; public answers are cacheable and CORS-readable', async ({ request }) => {
  const first = await request.get('/api/v1/articles?limit=3')
  const etag = first.headers()['etag']!
  expect(first.headers()['cache-control']).toBe('public, max-age=0, s-maxage=900')
  expect(first.headers()['access-control-allow-origin']).toBe('*')
  expect(first.headers()['last-modified']).toMatch(/GMT$/)
  expect(first.headers()['link']).toMatch(/^<\/api\/v1\/articles\?limit=3&cursor=[\w-]+>; rel="next"$/)
  const again = await request.get('/api/v1/articles?limit=3', { headers: { 'If-None-Match': etag } })
  expect(again.status()).toBe(304)
  expect((await again.body()).length).toBe(0)
})

test('GET and HEAD only: other methods are a 405 with Allow, and none is a 500', async ({ request, baseURL }) => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    for (const path of ['/api/v1/articles', '/api/v1/topics/no-such-topic', '/api/v1/openapi.json', '/api/v1/docs']) {
      const answer = await request.fetch(path, { method })
      expect(answer.status(), `${method} ${path}`).toBe(405)
      expect(answer.headers()['allow']).toBe('GET, HEAD, OPTIONS')
    }
  }
  const head = await request.head('/api/v1/articles')
  expect(head.status()).toBe(200)
  expect(head.headers()['etag']).toMatch(/^"/)
  // Methods Next.js does not route: refused before any handler, never a server error.
  for (const method of ['PROPFIND', 'FOO']) {
    const answer = await fetch(`${baseURL}/api/v1/articles`, { method })
    expect(answer.status, method).toBeLessThan(500)
  }
})

test('a CORS preflight for the conditional headers is a 204, one asking for Authorization is not allowed it', async ({
  request,
}) => {
  for (const path of ['/api/v1/articles', '/api/v1/articles/no-such-article', '/api/v1/openapi.json']) {
    const answer = await request.fetch(path, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    })
    expect(answer.status(), path).toBe(204)
    expect(answer.headers()['access-control-allow-origin']).toBe('*')
    expect(answer.headers()['access-control-allow-methods']).toBe('GET, HEAD')
    expect(answer.headers()['access-control-allow-headers']).toBe('If-None-Match, If-Modified-Since')
    expect(answer.headers()['x-content-type-options']).toBe('nosniff')
  }
})

test.describe('from another origin', () => {
  test.use({ bypassCSP: true })

  test('a page on another origin may use the ETag: its preflighted conditional GET gets a 304', async ({ page, baseURL }) => {
    // Another origin: the same server under its loopback address (127.0.0.1 against localhost), where
    // the site's own policy (connect-src 'self') is set aside as a partner's page would not have it.
    const other = new URL('/robots.txt', baseURL!)
    other.hostname = '127.0.0.1'
    await page.goto(other.href)
    const result = await page.evaluate(async (api) => {
      const first = await fetch(api)
      const etag = first.headers.get('etag')!
      const again = await fetch(api, { headers: { 'If-None-Match': etag } })
      let withToken = 'sent'
      try {
        await fetch(api, { headers: { Authorization: 'Bearer guess' } })
      } catch {
        withToken = 'refused by the browser'
      }
      return { first: first.status, again: again.status, withToken }
    }, `${baseURL}/api/v1/articles?limit=2`)
    expect(result).toEqual({ first: 200, again: 304, withToken: 'refused by the browser' })
  })
})

test('the document served is the one generated from the schemas', async ({ request }) => {
  const served = (await (await request.get('/api/v1/openapi.json')).json()) as { servers: unknown }
  const generated = createOpenApiDocument()
  expect({ ...served, servers: undefined }).toEqual({ ...JSON.parse(JSON.stringify(generated)), servers: undefined })
})

test('the reference page renders the document, loading nothing from another origin, under its strict CSP', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`)
  })
  const answer = await page.goto('/api/v1/docs')
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'")
  await expect(page.getByRole('heading', { name: /content API/ }).first()).toBeVisible({ timeout: 15_000 })
  for (const operation of ['/api/v1/articles', '/api/v1/articles/{slug}', '/api/v1/topics/{slug}', '/api/v1/authors/{slug}']) {
    await expect(page.getByText(operation, { exact: true }).first()).toBeVisible()
  }
  await page.getByText('/api/v1/articles/{slug}', { exact: true }).first().click()
  await expect(page.getByText('If-None-Match').first()).toBeVisible()
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
  expect(requests).toContain(`${origin}/api/v1/openapi.json`)
  expect(errors).toEqual([])
})
