/**
 * Runs before the routes that need it (`config.matcher` below: content addresses, the API, the
 * dynamic pages, malformed paths, and any request with a preview cookie): screens the request
 * (lib/security/request-guard.ts) and ends preview sessions that are no longer valid (lib/preview/session.ts).
 *
 * - Unknown content addresses are answered with the prerendered 404 page, so nothing is rendered or
 *   cached for them; malformed requests get a 4xx with a clear body here, before Next.js could answer 500.
 * - A request carrying the Draft Mode cookie without a valid preview session (expired, signed with
 *   an older secret, or missing) is served as a reader's: the cookie is taken off the request, so the
 *   cached public page is served, and both cookies are deleted in the browser.
 * - Every answer names the content version it was screened with (`X-Content-Version`).
 * - A valid preview request (rendered per request anyway) gets a nonce-based Content-Security-Policy.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { servedContent } from '@/lib/content/server'
import { CONTENT_VERSION_HEADER, type ContentStore } from '@/lib/content'
import {
  checkPreviewSession,
  DRAFT_MODE_COOKIE,
  previewMaxAgeSeconds,
  previewSessionKey,
  PREVIEW_SESSION_COOKIE,
} from '@/lib/preview'
import { unknownTopicFeedResponse } from '@/lib/publishing'
import { NOT_FOUND_PATH } from '@/lib/routes'
import { contentSecurityPolicy, screenRequest, securityHeaders, servedOverHttps, type GuardVerdict } from '@/lib/security'
import { NOT_FOUND_CACHE_CONTROL, prerenderedNotFoundPage } from '@/lib/security/server'

const https = servedOverHttps()
const development = process.env.NODE_ENV === 'development'

/** Answers made here skip next.config.ts's `headers()`, so they carry the security headers themselves. */
function withSecurityHeaders(response: Response): Response {
  for (const { key, value } of securityHeaders({ https, development })) response.headers.set(key, value)
  return response
}

function rejection(status: number, error: string, api: boolean, allow?: string): Response {
  const headers = new Headers(securityHeaders({ https, development }).map(({ key, value }): [string, string] => [key, value]))
  headers.set('Cache-Control', 'no-store')
  if (allow) headers.set('Allow', allow)
  if (api) return Response.json({ error }, { status, headers })
  headers.set('Content-Type', 'text/plain; charset=utf-8')
  return new Response(`${status === 405 ? 'Method not allowed' : 'Bad request'}: ${error}.\n`, { status, headers })
}

function previewSessionOf(request: NextRequest) {
  if (!request.cookies.has(DRAFT_MODE_COOKIE)) return undefined
  return checkPreviewSession(request.cookies.get(PREVIEW_SESSION_COOKIE)?.value, {
    secret: previewSessionKey(),
    nowSeconds: Date.now() / 1000,
    maxAgeSeconds: previewMaxAgeSeconds(),
  })
}

/** A session that is no longer valid is forgotten whatever the answer, the proxy's own included. */
function forgetSession(response: Response): Response {
  for (const name of [DRAFT_MODE_COOKIE, PREVIEW_SESSION_COOKIE])
    response.headers.append('Set-Cookie', `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0`)
  return response
}

export function proxy(request: NextRequest): Response {
  // One snapshot for the whole screening, even if a publish switches the content meanwhile.
  const served = servedContent()
  const response = screen(request, served.store)
  response.headers.set(CONTENT_VERSION_HEADER, served.version)
  return response
}

function screen(request: NextRequest, content: ContentStore): Response {
  // The path as received: `nextUrl` would hand back a decoded one.
  const rawPath = new URL(request.url).pathname
  const session = previewSessionOf(request)
  // Only an editor's valid session lets an unpublished article's addresses through to its route.
  const preview = session?.valid === true
  const verdict = screenRequest(request.method, rawPath, content, { development, preview })
  if (verdict.action !== 'pass') {
    const answer = guardAnswer(request, verdict, content)
    return session?.valid === false ? forgetSession(answer) : answer
  }
  return passOn(request, session)
}

function guardAnswer(request: NextRequest, verdict: Exclude<GuardVerdict, { action: 'pass' }>, content: ContentStore): Response {
  if (verdict.action === 'reject') return rejection(verdict.status, verdict.error, verdict.api, verdict.allow)
  if (verdict.action === 'redirect') {
    // Next.js wants an absolute URL from a proxy (it sends a relative one when the origin is its own).
    return withSecurityHeaders(NextResponse.redirect(new URL(verdict.location, request.url), verdict.status))
  }
  const { resource } = verdict
  // A feed reader is told in plain text, like the feed route itself would.
  if (resource?.kind === 'topic' && resource.resource === 'feed')
    return withSecurityHeaders(unknownTopicFeedResponse(resource.slug, content))
  const page = prerenderedNotFoundPage()
  if (page !== undefined) {
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NOT_FOUND_CACHE_CONTROL }
    return withSecurityHeaders(new Response(request.method === 'HEAD' ? null : page, { status: 404, headers }))
  }
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url))
}

function passOn(request: NextRequest, session: ReturnType<typeof previewSessionOf>): Response {
  if (session === undefined) return NextResponse.next()
  if (!session.valid) {
    request.cookies.delete(DRAFT_MODE_COOKIE)
    request.cookies.delete(PREVIEW_SESSION_COOKIE)
    const response = NextResponse.next({ request: { headers: request.headers } })
    response.cookies.delete(DRAFT_MODE_COOKIE)
    response.cookies.delete(PREVIEW_SESSION_COOKIE)
    return response
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = contentSecurityPolicy({ https, development, nonce })
  const headers = new Headers(request.headers)
  // Next.js reads the nonce from the request's policy and puts it on every script it renders.
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Only the requests that need it (issue 28: running the proxy costs a prerendered page about as much
  // as serving it, docs/developing.md "Benchmarks"). Next.js itself answers 405 to other methods on
  // every other page and route handler. Literal values only: Next.js reads this at build time.
  matcher: [
    // Content addresses, whose unknown slugs are answered here (`/articles` and `/topics` included).
    '/articles/:path*',
    '/topics/:path*',
    '/authors/:path*',
    // Next.js's own error page, which is not an address of the site.
    '/_global-error',
    // The API answers its methods here; the dynamic pages would render for any method.
    '/api/:path*',
    '/search',
    '/preview',
    // A malformed percent-encoding (matched against the raw path) or a path longer than MAX_PATH_LENGTH, anywhere.
    '/:path(.*%.*)',
    '/:path(.{1024,})',
    // A preview session (DRAFT_MODE_COOKIE), on any page.
    { source: '/((?!_next/static/|_next/image).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
