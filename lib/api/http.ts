/**
 * The HTTP around the content API's bodies: who is asking (reader or editor with the preview
 * token), strong ETags and `304`s, `Last-Modified`, `Cache-Control`, CORS and its preflights, `Link`, `405`s and RFC 9457
 * problem answers. Plain functions of `Request` and `Response`, so the unit tests call them directly.
 */
import { createHash } from 'node:crypto'
import { absoluteUrl, apiProblemTypePath } from '../routes'
import { PROBLEM_MEDIA_TYPE } from './openapi'
import { PROBLEM_TYPES, type ProblemBody, type ProblemType } from './schemas'

export const ALLOWED_METHODS = 'GET, HEAD'
/** `Allow`: the methods above, and OPTIONS for CORS preflights. */
export const ALLOW = `${ALLOWED_METHODS}, OPTIONS`

/**
 * Public answers: browsers revalidate every time (cheap, with the ETag), shared caches keep an
 * answer 15 minutes, the pages' revalidation period, so a scheduled article shows within 15 minutes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=900'
export const PREVIEW_CACHE_CONTROL = 'private, no-store'
/** Errors are never stored: the article a 404 named may be public in a minute. */
const ERROR_CACHE_CONTROL = 'no-store'

/** CORS for public answers: any site may read them, including the validators and the `Link`. */
const PUBLIC_CORS = {
  'Access-Control-Allow-Origin': '*',
  // X-Content-Version is set by proxy.ts on every answer (lib/content/release.ts).
  'Access-Control-Expose-Headers': 'ETag, Link, Last-Modified, X-Content-Version',
} as const

/**
 * The request headers a page on another origin may send: the conditional ones, to use the ETags and
 * `Last-Modified` the API gives. Not `Authorization`: the preview token is an editor's secret for
 * server-side tools, and a browser page on another origin that held it would hand it to every
 * reader (docs/api.md, "Calling the API from a browser").
 */
export const PREFLIGHT_ALLOWED_HEADERS = 'If-None-Match, If-Modified-Since'
/** How long a browser may keep a preflight's answer: a day. */
const PREFLIGHT_MAX_AGE = '86400'

/** The answer to a CORS preflight (`OPTIONS`), for any address under `/api/v1`. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      Allow: ALLOW,
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': PREFLIGHT_ALLOWED_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      'Cache-Control': `public, max-age=${PREFLIGHT_MAX_AGE}`,
    },
  })
}

/** What a request may see: `public` (no token), `preview` (the right token) or nothing. */
export type Access = 'public' | 'preview' | 'unauthorized'

/**
 * @param matches the constant-time secret check (lib/preview's `secretMatches`)
 */
export function accessOf(
  authorization: string | null,
  secret: string | undefined,
  matches: (given: string, secret: string) => boolean,
): Access {
  if (authorization === null) return 'public'
  const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1]
  // Compare even when preview is off or the header is malformed, so every refusal takes alike.
  const right = matches(token ?? '', secret ?? '') && token !== undefined && secret !== undefined
  return right ? 'preview' : 'unauthorized'
}

export interface ProblemInit {
  type: ProblemType
  detail: string
  parameter?: string
  known?: string[]
  /** For a `moved` problem: where the resource is now (sent as `Location`). */
  location?: string
}

export function problemBody(init: ProblemInit, instance: string, siteUrl: string): ProblemBody {
  const { status, title } = PROBLEM_TYPES[init.type]
  return {
    type: absoluteUrl(apiProblemTypePath(init.type), siteUrl),
    title,
    status,
    detail: init.detail,
    instance,
    ...(init.parameter === undefined ? {} : { parameter: init.parameter }),
    ...(init.known === undefined ? {} : { known: init.known }),
  }
}

export function problemResponse(
  request: Request,
  init: ProblemInit,
  siteUrl: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const url = new URL(request.url)
  const body = problemBody(init, url.pathname, siteUrl)
  const headers = {
    'Content-Type': PROBLEM_MEDIA_TYPE,
    'Cache-Control': ERROR_CACHE_CONTROL,
    ...PUBLIC_CORS,
    ...(init.location ? { Location: init.location } : {}),
    ...extraHeaders,
  }
  return new Response(request.method === 'HEAD' ? null : JSON.stringify(body), { status: body.status, headers })
}

export function methodNotAllowed(request: Request, siteUrl: string): Response {
  return problemResponse(
    request,
    {
      type: 'method-not-allowed',
      detail: `${request.method} is not allowed here; the content API answers ${ALLOWED_METHODS} only.`,
    },
    siteUrl,
    { Allow: ALLOW },
  )
}

export function unauthorized(request: Request, siteUrl: string): Response {
  return problemResponse(
    request,
    {
      type: 'unauthorized',
      detail:
        'The Authorization header is not "Bearer <preview token>" with the right token. Leave it out to read public content.',
    },
    siteUrl,
    { 'WWW-Authenticate': 'Bearer realm="preview", error="invalid_token"' },
  )
}

/** A strong validator: a digest of the exact bytes of the body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`
}

/** RFC 9110 §13.1.2: `*`, or any listed tag equal by the weak comparison. */
export function noneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return true
  if (ifNoneMatch.trim() === '*') return false
  const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  return !tags.includes(etag)
}

export interface JsonAnswer {
  body: unknown
  /** The newest change among the articles the answer is built from, if any. */
  lastModified?: Date
  /** The next page, for the `Link` header. */
  next?: string | null
}

/** A 200 with validators and caching headers, or a 304 when the client's copy is current. */
export function jsonResponse(request: Request, answer: JsonAnswer, access: Exclude<Access, 'unauthorized'>): Response {
  const text = JSON.stringify(answer.body)
  const etag = etagOf(text)
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': access === 'preview' ? PREVIEW_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
    // A shared cache must not answer an editor with a reader's copy, or the reverse.
    Vary: 'Authorization',
    ...(access === 'public' ? PUBLIC_CORS : {}),
  }
  if (answer.lastModified) headers['Last-Modified'] = answer.lastModified.toUTCString()
  if (answer.next) headers.Link = `<${answer.next}>; rel="next"`
  if (!noneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers })
  }
  headers['Content-Type'] = 'application/json; charset=utf-8'
  return new Response(request.method === 'HEAD' ? null : text, { status: 200, headers })
}
