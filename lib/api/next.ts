/**
 * The content API's route handlers for Next.js: each app/api/v1/** route re-exports what these
 * return. Server-only: it reads the content store and the preview secret.
 */
import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getContent } from '../content/server'
import { previewSecret, secretMatches } from '../preview'
import { SITE } from '../site'
import {
  DOCS_ASSETS,
  DOCS_CONTENT_SECURITY_POLICY,
  docsPageHtml,
  docsStartScript,
  docsThemeStylesheet,
  isDocsAsset,
} from './docs'
import { answerApiRequest, type ApiEndpoint } from './handlers'
import { API_ARTICLES_PATH, API_AUTHORS_PATH, API_DOCS_PATH, API_OPENAPI_PATH, API_TOPICS_PATH } from '../routes'
import { etagOf, jsonResponse, methodNotAllowed, noneMatch, preflightResponse, problemResponse } from './http'
import { openApiDocument } from './openapi'

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

/**
 * Every method Next.js routes: GET and HEAD answer, OPTIONS is a CORS preflight (Next.js would
 * otherwise answer it itself, with no CORS headers), the rest are 405 with `Allow`.
 */
function methods(handler: Handler) {
  const OPTIONS = async () => preflightResponse()
  return { GET: handler, HEAD: handler, POST: handler, PUT: handler, PATCH: handler, DELETE: handler, OPTIONS }
}

const slugOf = async (context: RouteContext) => {
  const slug = (await context?.params)?.slug
  return typeof slug === 'string' ? slug : undefined
}

/** A content endpoint. */
export function apiRoute(endpoint: ApiEndpoint) {
  return methods(async (request, context) =>
    answerApiRequest(request, endpoint, await slugOf(context), {
      store: getContent(),
      secret: previewSecret(),
      secretMatches,
      siteUrl: SITE.url,
    }),
  )
}

/** `/api/v1/openapi.json`: public, cached like the content answers. */
export function openApiRoute() {
  return methods(async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request, SITE.url)
    return jsonResponse(request, { body: openApiDocument() }, 'public')
  })
}

const READ_ONLY_HEADERS = { 'Content-Security-Policy': DOCS_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }

function fileResponse(request: Request, text: string, contentType: string, cacheControl: string): Response {
  const etag = etagOf(text)
  const headers = { ...READ_ONLY_HEADERS, ETag: etag, 'Cache-Control': cacheControl, 'Content-Type': contentType }
  if (!noneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : text, { status: 200, headers })
}

/** `/api/v1/docs`: the reference page. */
export function docsRoute() {
  return methods(async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request, SITE.url)
    return fileResponse(request, docsPageHtml(), 'text/html; charset=utf-8', 'public, max-age=0, s-maxage=900')
  })
}

const packageFiles = new Map<string, string>()

/** `/api/v1/docs/<file>`: Swagger UI's files, from the installed package, and the start-up script. */
export function docsAssetRoute() {
  return methods(async (request, context) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request, SITE.url)
    const name = (await context?.params)?.asset
    if (typeof name !== 'string' || !isDocsAsset(name)) {
      return problemResponse(
        request,
        { type: 'not-found', detail: `no file "${String(name).slice(0, 100)}" in the API reference`, parameter: 'asset' },
        SITE.url,
      )
    }
    const asset = DOCS_ASSETS[name]
    let text: string
    if (asset.from === 'start') text = docsStartScript()
    else if (asset.from === 'theme') text = docsThemeStylesheet()
    else {
      if (!packageFiles.has(name))
        packageFiles.set(name, readFileSync(path.join(process.cwd(), 'node_modules', 'swagger-ui-dist', name), 'utf8'))
      text = packageFiles.get(name)!
    }
    return fileResponse(request, text, asset.contentType, 'public, max-age=3600')
  })
}

/** Any other address under `/api/v1`. */
export function apiNotFoundRoute() {
  return methods(async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request, SITE.url)
    const known = [API_ARTICLES_PATH, API_TOPICS_PATH, API_AUTHORS_PATH, API_OPENAPI_PATH, API_DOCS_PATH]
    return problemResponse(
      request,
      { type: 'not-found', detail: `no such endpoint (known: ${known.join(', ')})`, known },
      SITE.url,
    )
  })
}
