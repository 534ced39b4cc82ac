/** The security headers every response carries (lib/security/headers.ts, sent by next.config.ts). */
import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy, securityHeaders, servedOverHttps } from '@/lib/security/headers'
import nextConfig from '../../../next.config'

const directives = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]))

describe('the Content-Security-Policy of static pages', () => {
  const policy = directives(contentSecurityPolicy({ https: false }))

  test('shuts everything the issue names', () => {
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
  })

  test('allows inline scripts (the per-page RSC payload) but no eval, and no inline styles', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(contentSecurityPolicy({ https: true })).not.toContain('unsafe-eval')
  })

  test('upgrades requests only on an https site', () => {
    expect(policy.has('upgrade-insecure-requests')).toBe(false)
    expect(directives(contentSecurityPolicy({ https: true })).has('upgrade-insecure-requests')).toBe(true)
  })

  test('in development, allows eval and inline styles for the error overlay', () => {
    const development = directives(contentSecurityPolicy({ https: false, development: true }))
    expect(development.get('script-src')).toContain("'unsafe-eval'")
    expect(development.get('style-src')).toContain("'unsafe-inline'")
  })
})

test('a page rendered per request gets a nonce instead of unsafe-inline', () => {
  const policy = directives(contentSecurityPolicy({ https: false, nonce: 'abc123' }))
  expect(policy.get('script-src')).toEqual(["'nonce-abc123'", "'strict-dynamic'"])
})

describe('the other headers', () => {
  const headers = (https: boolean) => new Map(securityHeaders({ https }).map(({ key, value }) => [key, value]))

  test('are the ones the issue asks for', () => {
    const http = headers(false)
    expect(http.get('X-Content-Type-Options')).toBe('nosniff')
    expect(http.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(http.get('Cross-Origin-Opener-Policy')).toBe('same-origin')
    expect(http.get('X-Frame-Options')).toBe('DENY')
    expect(http.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)(, |$)/)
    expect(http.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(\)(, |$)/)
  })

  test('HSTS only when SITE_URL is https', () => {
    expect(headers(false).has('Strict-Transport-Security')).toBe(false)
    expect(headers(true).get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/)
    expect(servedOverHttps({ SITE_URL: 'https://gut-skin.example' })).toBe(true)
    expect(servedOverHttps({ SITE_URL: 'http://localhost:3000' })).toBe(false)
    expect(servedOverHttps({})).toBe(false)
  })
})

test('next.config.ts sends them on every path; the API reference page has its own policy', async () => {
  const rules = await nextConfig('phase-production-server').headers!()
  expect(rules[0]!.source).toBe('/:path*')
  expect(rules[0]!.headers.map(({ key }) => key)).toEqual(securityHeaders({ https: false }).map(({ key }) => key))
  expect(rules[1]).toEqual({
    source: '/api/v1/docs',
    headers: [{ key: 'Content-Security-Policy', value: expect.stringContaining("img-src 'self' data:") }],
  })
})

test('Cross-Origin-Resource-Policy: same-origin everywhere but what other sites load (feeds, API, social cards)', async () => {
  expect(securityHeaders({ https: false })).toContainEqual({ key: 'Cross-Origin-Resource-Policy', value: 'same-origin' })
  const rules = await nextConfig('phase-production-server').headers!()
  const crossOrigin = rules
    .filter((rule) => rule.headers.some(({ key, value }) => key === 'Cross-Origin-Resource-Policy' && value === 'cross-origin'))
    .map((rule) => rule.source)
  expect(crossOrigin).toEqual([
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/topics/:slug/feed.xml',
    '/api/v1/:path*',
    '/opengraph-image',
    '/articles/:slug/opengraph-image',
    '/topics/:slug/opengraph-image',
  ])
  // After the site-wide rule, so that they win.
  expect(rules.findIndex((rule) => rule.source === '/feed.xml')).toBeGreaterThan(0)
})
