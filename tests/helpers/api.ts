/** Calling the content API without a server: the same function the route handlers call. */
import { answerApiRequest } from '../../lib/api/handlers'
import type { ContentStore } from '../../lib/content/store'
import { pathTemplate } from './api-contract'

export { createContractChecker } from './api-contract'

export const TEST_SECRET = 'api-test-preview-secret'
export const SITE_URL = 'https://gut-skin.example'

/** A request to the API as the route handlers would answer it, with `TEST_SECRET` as the preview secret. */
export function callApi(
  store: ContentStore,
  path: string,
  options: { method?: string; headers?: Record<string, string>; secret?: string | undefined } = {},
): Response {
  const { method = 'GET', headers = {} } = options
  // `secret: undefined` means preview is off, so no default for an explicit undefined.
  const secret = 'secret' in options ? options.secret : TEST_SECRET
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

/** A response's status, headers and parsed body (`null` without one). */
export async function read(response: Response): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null }
}
