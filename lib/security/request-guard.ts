/**
 * What the proxy (proxy.ts) does with a request before any route sees it. Plain functions of the
 * method, the raw path and the content store, so the unit and property tests call exactly this.
 *
 * - **Unknown content is a 404 that costs nothing.** Article and topic pages, their social cards and
 *   feeds, and pages of the article index are cached once rendered (ISR), a 404 included: left to
 *   the routes, every random slug would write a page and its data files to disk and keep them. So an
 *   address under a content prefix reaches its route only when it names content that exists for
 *   whoever asks (a public article, or for an editor in a valid preview session any article; a
 *   topic; an author; an index page that exists now). Anything else is answered with the site's prerendered
 *   404, which writes nothing, so to a reader an unpublished article is answered exactly like one
 *   that never existed, whatever the request's shape (page, RSC payload, prefetch, social card).
 * - Next.js's own error page `/_global-error` is not an address of the site: a 404 like any other.
 * - `/articles/page/1` is redirected to `/articles` (page 1 of the index is the index itself), and
 *   an article's old slug (`previousSlugs`) to its address now, with a 308: only when that article
 *   is public, so an unpublished article's old slug looks like one that never existed.
 * - **A malformed request gets a 4xx that says what is wrong**, never a 500: a path whose
 *   percent-encoding does not decode (`/articles/%ff`), a path longer than any the site makes, and
 *   any method but GET and HEAD (POST on on-demand revalidation only; OPTIONS, a CORS preflight, on
 *   the content API), which Next.js would otherwise answer with
 *   a 500 and a stack trace for some (TRACE). The API answers in JSON, pages in plain text.
 */
import type { ContentStore } from '../content'
import {
  API_PREFIX,
  API_REVALIDATE_PATH,
  API_V1_PREFIX,
  articleCardPath,
  articlePath,
  articlesPagePath,
  CONTENT_PREFIXES,
  parseContentPath,
  type ContentResource,
} from '../routes'

/** Longer than any address the site makes, by far (slugs are at most a hundred or so characters). */
export const MAX_PATH_LENGTH = 1024
const PAGE_METHODS = ['GET', 'HEAD']
const API_METHODS = ['GET', 'HEAD']
// The content API answers GET and HEAD, and CORS preflights (OPTIONS) for them, so that a page on
// another origin may send the conditional headers (lib/api/http.ts, `preflightResponse`).
const CONTENT_API_METHODS = ['GET', 'HEAD', 'OPTIONS']
/** On-demand revalidation is the one endpoint that takes a request body (a CMS or deploy hook posts to it). */
const REVALIDATE_METHODS = ['POST']

export type GuardVerdict =
  | { action: 'pass' }
  /** `resource`: what the address would have named, had the content existed. */
  | { action: 'not-found'; resource: ContentResource | undefined }
  | { action: 'redirect'; status: 308; location: string }
  | { action: 'reject'; status: 400 | 405 | 414; error: string; api: boolean; allow?: string }

type KnownContent = Pick<ContentStore, 'getArticle' | 'getTopic' | 'getAuthor' | 'getArticlePage' | 'redirectOf'>

/** Whether every `%xx` in the path decodes to valid UTF-8. */
export function decodablePath(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** Next.js's internal pages, which it would serve at these addresses (a 200, cached for a year). */
const INTERNAL_PAGES = ['/_global-error']

/**
 * Whether an address under a content prefix names content that exists now, for this viewer: an
 * unpublished article exists only for an editor in preview.
 */
export function namesExistingContent(path: string, content: KnownContent, { preview = false } = {}): boolean {
  const parsed = parseContentPath(path)
  switch (parsed?.kind) {
    case 'article':
      return content.getArticle(parsed.slug, { preview }) !== undefined
    case 'topic':
      return content.getTopic(parsed.slug) !== undefined
    case 'author':
      return content.getAuthor(parsed.slug) !== undefined
    case 'articles-page':
      return content.getArticlePage(parsed.page) !== undefined
    default:
      return false
  }
}

/**
 * @param method the request's method, as received
 * @param path the request's path, still percent-encoded, without the query
 * @param options.development `next dev`: methods are not screened (development tools may post)
 * @param options.preview the request carries a valid preview session (an editor)
 */
export function screenRequest(
  method: string,
  path: string,
  content: KnownContent,
  { development = false, preview = false } = {},
): GuardVerdict {
  const api = path === API_PREFIX.slice(0, -1) || path.startsWith(API_PREFIX)
  const contentApi = path === API_V1_PREFIX || path.startsWith(`${API_V1_PREFIX}/`)
  const allowed =
    path === API_REVALIDATE_PATH ? REVALIDATE_METHODS : contentApi ? CONTENT_API_METHODS : api ? API_METHODS : PAGE_METHODS
  // `next dev` also serves tools that post (the editing studio); the public site only reads.
  if (!development && !allowed.includes(method.toUpperCase())) {
    return {
      action: 'reject',
      status: 405,
      api,
      allow: allowed.join(', '),
      error: `method ${method} is not allowed here; use ${allowed.join(' or ')}`,
    }
  }
  if (path.length > MAX_PATH_LENGTH) {
    return {
      action: 'reject',
      status: 414,
      api,
      error: `the path is ${path.length} characters long; the limit is ${MAX_PATH_LENGTH}`,
    }
  }
  if (!decodablePath(path)) {
    return {
      action: 'reject',
      status: 400,
      api,
      error: 'the path has a malformed percent-encoding (each % must start a valid UTF-8 escape such as %C3%A9)',
    }
  }
  const parsed = parseContentPath(path)
  // Page 1 of the index is the index itself; redirected here rather than in next.config.ts, whose
  // redirects go out without the security headers.
  if (parsed?.kind === 'articles-page' && parsed.page === 1)
    return { action: 'redirect', status: 308, location: articlesPagePath(1) }
  if (CONTENT_PREFIXES.some((prefix) => path.startsWith(prefix)) && !namesExistingContent(path, content, { preview })) {
    // An article's old slug moves with it, page and card; the store answers only for public
    // articles, so an old slug of a draft is a 404 like any unknown one.
    const movedTo = parsed?.kind === 'article' ? content.redirectOf(parsed.slug) : undefined
    if (parsed?.kind === 'article' && movedTo !== undefined) {
      return { action: 'redirect', status: 308, location: (parsed.resource === 'card' ? articleCardPath : articlePath)(movedTo) }
    }
    return { action: 'not-found', resource: parsed }
  }
  if (!development && INTERNAL_PAGES.includes(path)) return { action: 'not-found', resource: undefined }
  return { action: 'pass' }
}
