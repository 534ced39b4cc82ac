/**
 * Editors' preview: the rules behind `GET /api/preview` (enter) and `GET /api/preview/exit`.
 * Turning Draft Mode on and off is left to the route handlers (app/api/preview/**); everything that
 * decides *whether* and *where to* lives here, as plain functions the unit tests call directly.
 *
 * - The secret is `PREVIEW_SECRET`. Unset or blank means preview is off: there is no default.
 * - The secret is compared in constant time: both sides are hashed with SHA-256 first, so the
 *   buffers `timingSafeEqual` compares always have the same length whatever the guess.
 * - The secret is checked before the slug, so that nobody without it can learn which drafts exist.
 * - `slug` must be an article's slug (`omega-3-and-skin`) naming an existing article, public or
 *   not; the redirect goes to the path built from the article found, never to the input.
 * - Exit returns to the page the editor was on when that page is public, otherwise to `/`.
 */
import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { ContentStore } from '../content'
import { articlePath, HOME_PATH, parsePath, SEARCH_PATH } from '../routes'

const PREVIEW_SECRET_VARIABLE = 'PREVIEW_SECRET'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The configured secret, or `undefined` when preview is off. */
export function previewSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env[PREVIEW_SECRET_VARIABLE]
  return secret && secret.trim() !== '' ? secret : undefined
}

/**
 * The key that signs preview sessions: the preview secret. Under `next dev` without one, the
 * editing studio still opens previews without a secret (`/studio/preview`, development only), so
 * sessions are signed with a fixed development key; a production server never falls back to it.
 */
export function previewSessionKey(env: Record<string, string | undefined> = process.env): string | undefined {
  return previewSecret(env) ?? (env.NODE_ENV === 'development' ? 'development-only-preview-session-key' : undefined)
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Whether `given` is the secret, in time that does not depend on how much of it is right. */
export function secretMatches(given: string | null | undefined, secret: string): boolean {
  // Hash even a missing value, so that "missing" and "wrong" take the same time.
  const matches = timingSafeEqual(digest(given ?? ''), digest(secret))
  return matches && typeof given === 'string'
}

/** A JSON answer: `error` names the parameter at fault, or says preview is off. */
interface PreviewError {
  status: 400 | 401 | 404
  error: string
}

type PreviewDecision = { status: 307; location: string } | PreviewError

/**
 * What `GET /api/preview?secret=…&slug=…` answers. Only a 307 turns Draft Mode on.
 * @param params the request's query
 */
export function decidePreview(
  params: URLSearchParams,
  { secret, content }: { secret: string | undefined; content: Pick<ContentStore, 'getArticle'> },
): PreviewDecision {
  if (secret === undefined) {
    return { status: 404, error: `Preview is off on this server: set ${PREVIEW_SECRET_VARIABLE} to turn it on.` }
  }
  const given = params.get('secret')
  if (!secretMatches(given, secret)) {
    return { status: 401, error: given === null ? 'secret: missing' : 'secret: wrong' }
  }
  return decidePreviewSlug(params, content)
}

/**
 * The article part of a preview request: `slug` must name an existing article, public or not.
 * `GET /studio/preview` (development only, lib/studio) asks this without a secret.
 */
export function decidePreviewSlug(params: URLSearchParams, content: Pick<ContentStore, 'getArticle'>): PreviewDecision {
  const slug = params.get('slug')
  if (slug === null || slug === '') {
    return { status: 400, error: 'slug: missing; give an article slug, e.g. slug=omega-3-and-skin' }
  }
  const article = SLUG.test(slug) ? content.getArticle(slug, { preview: true }) : undefined
  if (!article) {
    return { status: 400, error: 'slug: must be the slug of an existing article, e.g. slug=omega-3-and-skin' }
  }
  return { status: 307, location: articlePath(article.slug) }
}

/**
 * A same-site path to return to, or `undefined`: it must start with one `/` (not `//` or `/\`),
 * hold no control characters, backslashes or `..` segments, and stay on this site once resolved.
 * Query and fragment are dropped.
 */
export function safeReturnPath(raw: string | null | undefined): string | undefined {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return undefined

  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return undefined
  const base = 'http://same.site'
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    return undefined
  }
  if (url.origin !== base) return undefined
  const pathname = url.pathname
  // URL() has already collapsed `..`; refuse inputs that needed it, encoded or not.
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(raw.split(/[?#]/)[0]!)) return undefined
  return pathname
}

/**
 * Whether a reader (not in preview) can see the page at `path`: the site's fixed pages, a topic, a
 * page of the article index, or a public article. Anything else, `/preview` included, is not.
 */
export function isPublicPath(path: string, content: Pick<ContentStore, 'getArticle' | 'getArticlePage' | 'getTopic'>): boolean {
  const parsed = parsePath(path)
  switch (parsed?.kind) {
    case 'page':
      // No preview banner, and so no exit link, is ever shown on the search page.
      return parsed.path !== SEARCH_PATH
    case 'article':
      return content.getArticle(parsed.slug) !== undefined
    case 'articles-page':
      // Page 1 is `/articles` itself; `/articles/page/1` only redirects there.
      return parsed.page !== 1 && content.getArticlePage(parsed.page) !== undefined
    case 'topic':
      return content.getTopic(parsed.slug) !== undefined
    default:
      return false
  }
}

/** Where `GET /api/preview/exit?path=…` sends the editor once Draft Mode is off. */
export function exitDestination(
  raw: string | null | undefined,
  content: Pick<ContentStore, 'getArticle' | 'getArticlePage' | 'getTopic'>,
): string {
  const path = safeReturnPath(raw)
  return path !== undefined && isPublicPath(path, content) ? path : HOME_PATH
}

/** Headers for every preview API answer: never stored by a browser or a shared cache. */
export const NO_STORE = { 'Cache-Control': 'private, no-store, max-age=0' } as const
