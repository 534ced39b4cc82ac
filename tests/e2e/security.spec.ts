/**
 * Security headers on every kind of response, and zero Content-Security-Policy violations on every
 * kind of page, the search suggestions included (issue 15). The preview's pages are checked on the
 * fixture site (preview-session.spec.ts).
 */
import { expect, test, type APIResponse } from '@playwright/test'
import { recordCspViolations, provokeViolation } from '../helpers/csp'

const REQUIRED_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
]

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  const policy = headers['content-security-policy'] ?? ''
  for (const directive of REQUIRED_DIRECTIVES) expect(policy, `${what}: CSP`).toContain(directive)
  expect(policy, `${what}: CSP`).not.toContain('unsafe-eval')
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\)/)
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin')
  expect(headers['x-frame-options'], what).toBe('DENY')
}

test('every kind of response carries the security headers', async ({ request }) => {
  const home = await request.get('/')
  const html = await home.text()
  const script = /<script src="(\/_next\/static\/[^"]+\.js(?:\?[^"]*)?)"/.exec(html)?.[1]
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css(?:\?[^"]*)?)"/.exec(html)?.[1]
  const article = /href="(\/articles\/[a-z0-9-]+)"/.exec(html)?.[1]
  expect(script && stylesheet && article, 'the home page links a script, a stylesheet and an article').toBeTruthy()

  const expected: [string, number, { method?: string }?][] = [
    ['/', 200],
    ['/articles', 200],
    [article!, 200],
    [`${article}/opengraph-image`, 200],
    ['/topics', 200],
    ['/topics/dysbiosis', 200],
    ['/topics/dysbiosis/opengraph-image', 200],
    ['/topics/dysbiosis/feed.xml', 200],
    ['/opengraph-image', 200],
    ['/search?q=probiotics', 200],
    ['/api/search?q=probiotics', 200],
    ['/api/search', 400],
    ['/feed.xml', 200],
    ['/atom.xml', 200],
    ['/feed.json', 200],
    ['/sitemap.xml', 200],
    ['/robots.txt', 200],
    ['/icon.svg', 200],
    [script!, 200],
    [stylesheet!, 200],
    ['/_next/static/no-such-file.js', 404],
    ['/no-such-page', 404],
    ['/articles/no-such-article', 404],
    ['/topics/no-such-topic/feed.xml', 404],
    ['/articles/page/1', 308],
    ['/articles/%ff', 400],
    ['/api/search?q=gut', 405, { method: 'DELETE' }],
    ['/api/search?q=gut', 405, { method: 'TRACE' }],
  ]
  for (const [path, status, options] of expected) {
    const response = await request.fetch(path, { method: options?.method ?? 'GET', maxRedirects: 0 })
    const what = `${options?.method ?? 'GET'} ${path}`
    expect(response.status(), what).toBe(status)
    expectSecurityHeaders(response, what)
  }
})

test('no page type, nor the search suggestions, violates the Content-Security-Policy', async ({ page, request }) => {
  const violations = await recordCspViolations(page)
  const home = await (await request.get('/')).text()
  const article = /href="(\/articles\/[a-z0-9-]+)"/.exec(home)![1]!
  for (const path of [
    '/',
    '/articles',
    '/articles/page/2',
    article,
    '/topics',
    '/topics/dysbiosis',
    '/search',
    '/search?q=probiotics',
    '/no-such-page',
    '/articles/no-such-article',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBeLessThan(500)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  }

  // The search suggestions: loaded once the header field is focused and typed into.
  await page.goto('/')
  const field = page.getByRole('search', { name: 'Site search' }).getByRole('combobox', { name: 'Search articles' })
  await field.click()
  await field.pressSequentially('probiotics')
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible()
  // A client-side navigation from a suggestion fetches the next page's payload.
  await field.press('ArrowDown')
  await field.press('Enter')
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  expect(violations).toEqual([])
  // The recorder does see a violation when there is one.
  await provokeViolation(page)
  await expect.poll(() => violations.length).toBeGreaterThan(0)
})
