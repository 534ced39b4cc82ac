/**
 * Calling the content API without a server (the same functions the route handlers call) and
 * checking answers against the OpenAPI document with Ajv (JSON Schema 2020-12, as OpenAPI 3.1
 * uses) and ajv-formats. The browser tests use `contractProblems` against `next start` too.
 */
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { answerApiRequest, type ApiEndpoint } from '../../lib/api/handlers'
import { createOpenApiDocument } from '../../lib/api/openapi'
import type { ContentStore } from '../../lib/content/store'

export const TEST_SECRET = 'api-test-preview-secret'
export const SITE_URL = 'https://gut-skin.example'

type Document = ReturnType<typeof createOpenApiDocument>

/** The document's path template for a request path, e.g. `/api/v1/articles/{slug}`. */
export function pathTemplate(pathname: string): { template: string; endpoint: ApiEndpoint; slug?: string } | undefined {
  const match = /^\/api\/v1\/(articles|topics|authors)(?:\/([^/]+))?$/.exec(pathname)
  if (!match) return undefined
  const [, collection, slug] = match
  const endpoint = (slug === undefined ? collection : collection!.slice(0, -1)) as ApiEndpoint
  return { template: slug === undefined ? `/api/v1/${collection}` : `/api/v1/${collection}/{slug}`, endpoint, slug: slug && decodeURIComponent(slug) }
}

/** A request to the API as the route handlers would answer it, with `TEST_SECRET` as the preview secret. */
export function callApi(
  store: ContentStore,
  path: string,
  { method = 'GET', headers = {}, secret = TEST_SECRET }: { method?: string; headers?: Record<string, string>; secret?: string | undefined } = {},
): Response {
  const url = new URL(path, 'http://127.0.0.1')
  const route = pathTemplate(url.pathname)
  if (!route) throw new Error(`not an API path: ${path}`)
  const request = new Request(url, { method, headers })
  return answerApiRequest(request, route.endpoint, route.slug, {
    store,
    secret,
    secretMatches: (given, expected) => given === expected,
    siteUrl: SITE_URL,
  })
}

/** Checks answers against the document: body schema for the status, media type and declared headers. */
export function createContractChecker(document: Document = createOpenApiDocument()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document as object, 'openapi')
  const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

  return function contractProblems(pathname: string, status: number, contentType: string | null, body: unknown, headers: Headers): string[] {
    const route = pathTemplate(pathname)
    if (!route) return [`${pathname}: not a path of the document`]
    const operation = (document.paths as Record<string, { get?: { responses?: Record<string, unknown> } }>)[route.template]?.get
    const response = operation?.responses?.[String(status)] as
      | { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> }
      | undefined
    if (!response) return [`${pathname}: status ${status} is not in the document`]
    const problems: string[] = []
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (header.required && !headers.has(name)) problems.push(`${pathname} ${status}: header ${name} missing`)
    }
    if (!response.content) return body === null || body === '' ? problems : [...problems, `${pathname} ${status}: a body where none is declared`]
    const mediaType = Object.keys(response.content)[0]!
    if (!contentType?.startsWith(mediaType)) problems.push(`${pathname} ${status}: Content-Type ${contentType}, expected ${mediaType}`)
    const ref = `openapi#/${pointer('paths', route.template, 'get', 'responses', String(status), 'content', mediaType, 'schema')}`
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $id: ref.replace('openapi#', 'response:'), $ref: ref })
    if (!validate(body)) {
      problems.push(...(validate.errors ?? []).map((error) => `${pathname} ${status}: ${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`))
    }
    return problems
  }
}

/** A response's status, headers and parsed body (`null` without one). */
export async function read(response: Response): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null }
}
