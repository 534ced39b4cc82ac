/**
 * The site as one server serves it (`node .next/standalone/server.js`, no nginx in front):
 * compressed answers (lib/security/compression.ts), one origin in every absolute URL (lib/site.ts
 * siteUrlProblem), and the requests the narrowed proxy no longer sees (proxy.ts `config.matcher`).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { SITE } from '../../lib/site'

const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' }

async function newestArticle(request: APIRequestContext): Promise<string> {
  const feed = (await (await request.get('/feed.json')).json()) as { items: { url: string }[] }
  return new URL(feed.items[0]!.url).pathname
}

test('pages, data and scripts are compressed for a browser that accepts it', async ({ request }) => {
  const article = await newestArticle(request)
  const page = await request.get(article, { headers: BROWSER_ENCODINGS })
  expect(page.status()).toBe(200)
  expect(page.headers()['content-encoding']).toBe('br')
  const html = await page.text()
  const script = /<script[^>]+src="(\/_next\/static\/[^"?]+\.js)/.exec(html)?.[1]
  expect(script, 'the article loads a script').toBeDefined()
  const asset = await request.get(script!, { headers: { 'accept-encoding': 'gzip' } })
  expect(asset.headers()['content-encoding']).toBe('gzip')
  for (const pathname of ['/feed.xml', '/sitemap.xml', '/api/v1/articles']) {
    const answer = await request.get(pathname, { headers: BROWSER_ENCODINGS })
    expect(answer.headers()['content-encoding'], pathname).toBe('br')
  }
})

/**
 * Every absolute URL in a JSON value but those that name another site on purpose: a reference's or
 * citation's (the studies' DOI and PubMed addresses), JSON Feed's `version` and JSON-LD's `@context`
 * (the formats' addresses).
 */
function jsonUrls(value: unknown, key = '', urls: string[] = []): string[] {
  if (['references', 'citation', 'version', '@context', 'content_html'].includes(key)) return urls
  if (typeof value === 'string' && /^https?:\/\//.test(value)) urls.push(value)
  else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) jsonUrls(child, name, urls)
  return urls
}

/** Absolute URLs the site itself makes: in the head's links and metas, JSON-LD, feeds, sitemap, robots, the API. */
function ownUrls(body: string, contentType: string): string[] {
  const urls: string[] = []
  if (contentType.includes('html')) {
    for (const [tag] of body.matchAll(/<(?:link|meta)\b[^>]*>/g))
      for (const [, value] of tag.matchAll(/\s(?:href|content)="(https?:\/\/[^"]+)"/g)) urls.push(value!)
    for (const [, json] of body.matchAll(/<script type="application\/ld\+json"[^>]*>([^<]+)<\/script>/g))
      jsonUrls(JSON.parse(json!), '', urls)
  } else if (contentType.includes('json')) {
    jsonUrls(JSON.parse(body), '', urls)
  } else if (contentType.includes('xml')) {
    for (const [, value] of body.matchAll(/<(?:link|loc|guid|id|uri)(?:\s[^>]*)?>(https?:\/\/[^<]+)</g)) urls.push(value!)
    for (const [, value] of body.matchAll(/<(?:atom:)?link\b[^>]*\shref="(https?:\/\/[^"]+)"/g)) urls.push(value!)
  } else {
    for (const [, value] of body.matchAll(/^Sitemap: (\S+)$/gm)) urls.push(value!)
  }
  return urls
}

test('every page type, feed, sitemap, robots.txt and the API name one origin: SITE_URL', async ({ request }) => {
  const article = await newestArticle(request)
  const addresses = [
    '/',
    '/articles',
    article,
    '/topics',
    '/topics/dysbiosis',
    '/search?q=probiotics',
    // The 404 page is prerendered at build time, the unknown article's answered by the proxy.
    '/articles/no-such-article',
    '/no-such-page',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/topics/dysbiosis/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/api/v1/articles',
    `/api/v1${article}`,
    '/api/v1/topics',
  ]
  const origins = new Map<string, string>()
  for (const address of addresses) {
    const response = await request.get(address)
    expect(response.status(), address).toBeLessThan(500)
    const urls = ownUrls(await response.text(), response.headers()['content-type'] ?? '')
    expect(urls.length, `${address} names no absolute URL: the crawl would prove nothing there`).toBeGreaterThan(0)
    for (const url of urls) origins.set(new URL(url).origin, `${address}: ${url}`)
  }
  expect([...origins.keys()], [...origins.values()].join('\n')).toEqual([new URL(SITE.url).origin])
})

test('a server whose SITE_URL differs from its build’s refuses to start and says why', async () => {
  test.setTimeout(60_000)
  const standalone = path.resolve('.next/standalone')
  const child = spawn(process.execPath, ['server.js'], {
    cwd: standalone,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: '.next',
      HOSTNAME: '127.0.0.1',
      PORT: String(Number(process.env.E2E_SITE_PORT || 3100) + 20),
      SITE_URL: 'https://elsewhere.example',
      REDIS_URL: '',
      PREVIEW_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      resolve(null)
    }, 45_000)
    child.on('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  expect(code, output).toBe(1)
  expect(output).toContain(
    `The server cannot start: SITE_URL is "https://elsewhere.example" here, but this build was made with SITE_URL "${SITE.url}"`,
  )
})

test('outside the proxy’s paths, other methods are still a 405 and odd paths a 4xx, with the security headers', async ({
  request,
}) => {
  for (const pathname of ['/', '/robots.txt', '/feed.xml', '/sitemap.xml', '/topics', '/articles']) {
    const response = await request.fetch(pathname, { method: 'POST' })
    expect(response.status(), `POST ${pathname}`).toBe(405)
    expect(response.headers()['x-content-type-options'], `POST ${pathname}`).toBe('nosniff')
  }
  const search = await request.fetch('/search?q=gut', { method: 'POST' })
  expect(search.status(), 'the dynamic search page stays behind the proxy').toBe(405)
  const long = await request.get(`/${'a'.repeat(2000)}`)
  expect(long.status()).toBe(414)
  expect(await long.text()).toMatch(/^Bad request: the path is 2001 characters long/)
})
