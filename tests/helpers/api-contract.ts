/**
 * Checking content API answers against the OpenAPI document with Ajv (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses) and ajv-formats: the body schema declared for the status, the media type and
 * the required headers. Used by the unit tests and, against `next start`, by the browser tests, so
 * it imports nothing server-only.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ApiEndpoint } from '../../lib/api/handlers'
import { createOpenApiDocument } from '../../lib/api/openapi'

type Document = ReturnType<typeof createOpenApiDocument>

/** The document's path template for a request path, e.g. `/api/v1/articles/{slug}`. */
export function pathTemplate(pathname: string): { template: string; endpoint: ApiEndpoint; slug?: string } | undefined {
  const match = /^\/api\/v1\/(articles|topics|authors)(?:\/([^/]+))?$/.exec(pathname)
  if (!match) return undefined
  const [, collection, slug] = match
  const endpoint = (slug === undefined ? collection : collection!.slice(0, -1)) as ApiEndpoint
  return {
    template: slug === undefined ? `/api/v1/${collection}` : `/api/v1/${collection}/{slug}`,
    endpoint,
    slug: slug && decodeURIComponent(slug),
  }
}

/** Checks answers against the document: body schema for the status, media type and declared headers. */
export function createContractChecker(document: Document = createOpenApiDocument()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document as object, 'openapi')
  const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

  return function contractProblems(
    pathname: string,
    status: number,
    contentType: string | null,
    body: unknown,
    headers: Headers,
  ): string[] {
    const route = pathTemplate(pathname)
    if (!route) return [`${pathname}: not a path of the document`]
    const operation = (document.paths as Record<string, { get?: { responses?: Record<string, unknown> } }>)[route.template]?.get
    const response = operation?.responses?.[String(status)] as
      { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> } | undefined
    if (!response) return [`${pathname}: status ${status} is not in the document`]
    const problems: string[] = []
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (header.required && !headers.has(name)) problems.push(`${pathname} ${status}: header ${name} missing`)
    }
    if (!response.content)
      return body === null || body === '' ? problems : [...problems, `${pathname} ${status}: a body where none is declared`]
    const mediaType = Object.keys(response.content)[0]!
    if (!contentType?.startsWith(mediaType))
      problems.push(`${pathname} ${status}: Content-Type ${contentType}, expected ${mediaType}`)
    const ref = `openapi#/${pointer('paths', route.template, 'get', 'responses', String(status), 'content', mediaType, 'schema')}`
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $id: ref.replace('openapi#', 'response:'), $ref: ref })
    if (!validate(body)) {
      problems.push(
        ...(validate.errors ?? []).map(
          (error) => `${pathname} ${status}: ${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`,
        ),
      )
    }
    return problems
  }
}
