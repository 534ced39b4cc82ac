/**
 * Requests answered at the HTTP server, before Next.js parses them: shapes that Next.js would
 * answer with a 500 (and a stack trace in the log), or that it would answer at all where the site
 * should not. A plain function of the method and the request target as received, so the unit tests
 * call exactly this; unsupported-methods.ts installs it on the server.
 *
 * - CONNECT, TRACE and TRACK: the Fetch standard forbids them, so Next.js cannot make a `Request`.
 * - `OPTIONS *` (asks about the server as a whole) is a 204 with `Allow`; any other method with
 *   the target `*` is a 400.
 * - A target in absolute form (`GET http://evil.example/feed.xml`) is a 400: Next.js would
 *   redirect to that host. nginx never forwards one (it sends the path), so only a server reached
 *   directly sees it.
 * - Build assets (`/_next/static/…`) and the image optimizer (`/_next/image`) answer GET and HEAD
 *   only; the proxy does not see them, and Next.js answered other methods with a 500.
 * - `/_next/image` with a `url` that is not a path on this site (`/\\evil.example/x.png`, which a
 *   URL parser reads as `//evil.example/x.png`) is a 400, where Next.js answered 500.
 */
export const UNSUPPORTED_METHODS = ['CONNECT', 'TRACE', 'TRACK'] as const

const READ_METHODS = ['GET', 'HEAD']
const BUILD_ASSETS_PREFIX = '/_next/static/'
const IMAGE_OPTIMIZER_PATH = '/_next/image'

export interface RawAnswer {
  status: 204 | 400 | 405
  /** `Allow`, for a 405 and for `OPTIONS *`. */
  allow?: string
  /** Said in the JSON body `{ "error": … }`; none for a 204. */
  error?: string
}

function pathOf(target: string): string {
  const query = target.indexOf('?')
  return query === -1 ? target : target.slice(0, query)
}

/** Whether the optimizer's `url` names a path on this site: `/x`, never `//host` nor `/\\host`. */
function localImage(target: string): boolean {
  const url = new URLSearchParams(target.slice(target.indexOf('?') + 1)).get('url')
  if (url === null || !url.startsWith('/')) return true // Next.js answers these 400 itself.
  return !url.startsWith('//') && !url.includes('\\')
}

/** The answer for a request Next.js must not see, or `undefined` to let it through. */
export function screenRawRequest(rawMethod: string, target: string): RawAnswer | undefined {
  const method = rawMethod.toUpperCase()
  if ((UNSUPPORTED_METHODS as readonly string[]).includes(method))
    return { status: 405, allow: 'GET, HEAD', error: `method ${method} is not allowed here; use GET or HEAD` }
  if (target === '*') {
    if (method === 'OPTIONS') return { status: 204, allow: 'GET, HEAD' }
    return { status: 400, error: `the request target * is for OPTIONS only; ${method} needs a path` }
  }
  if (!target.startsWith('/'))
    return { status: 400, error: 'the request target must be a path on this site (origin form), not a full URL' }
  const path = pathOf(target)
  const asset = path.startsWith(BUILD_ASSETS_PREFIX) || path === IMAGE_OPTIMIZER_PATH
  if (asset && !READ_METHODS.includes(method))
    return { status: 405, allow: 'GET, HEAD', error: `method ${method} is not allowed here; use GET or HEAD` }
  if (path === IMAGE_OPTIMIZER_PATH && !localImage(target))
    return { status: 400, error: 'the url parameter must be a path on this site, such as /images/x.png' }
  return undefined
}
