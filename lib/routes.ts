/**
 * lib/routes — every address the site makes, in one place: pages, feeds, social cards, search,
 * preview and the API. Pages, components, feeds, the sitemap, search results and redirects build
 * their links here and nowhere else, so a route that moves moves once.
 *
 * Plain functions of strings and numbers; imports nothing (the browser's search code uses it too).
 */

export const HOME_PATH = '/'
export const ARTICLES_PATH = '/articles'
export const TOPICS_PATH = '/topics'
/** The index of writers and reviewers; each profile's page is `authorPath(slug)`. */
export const AUTHORS_PATH = '/authors'
export const SEARCH_PATH = '/search'
/** Every correction across the site, newest first, and the corrections policy. */
export const CORRECTIONS_PATH = '/corrections'
export const CORRECTIONS_FEED_PATH = `${CORRECTIONS_PATH}/feed.xml`
export const SITE_CARD_PATH = '/opengraph-image'
export const SITEMAP_PATH = '/sitemap.xml'
/** The site icon (app/icon.svg); pages get it from Next.js, hand-written HTML (the API reference) links it. */
export const SITE_ICON_PATH = '/icon.svg'
/** Every API route lives under this prefix; crawlers are asked to leave it alone. */
export const API_PREFIX = '/api/'
export const API_SEARCH_PATH = `${API_PREFIX}search`
export const PREVIEW_ENTRY_PATH = `${API_PREFIX}preview`
export const PREVIEW_EXIT_PATH = `${PREVIEW_ENTRY_PATH}/exit`
/** On-demand revalidation of the shared cache (POST, for a CMS or a deploy hook). */
export const API_REVALIDATE_PATH = `${API_PREFIX}revalidate`
/** The index of drafts and scheduled articles, in preview only. */
export const PREVIEW_INDEX_PATH = '/preview'
/** Next.js's own route for the prerendered 404 page (app/not-found.tsx); never linked, only rewritten to. */
export const NOT_FOUND_PATH = '/_not-found'

/** The editing studio (Decap CMS), served by `npm run dev` only; 404 in a production build. */
export const STUDIO_PATH = '/studio'
/** What the content step last found wrong, as JSON, for the studio's and the dev site's banner (development only). */
export const STUDIO_PROBLEMS_PATH = `${STUDIO_PATH}/problems`

/** A file of Decap CMS's prebuilt bundle (`decap-cms.js` and the chunks it loads beside itself). */
export function studioAssetPath(file: string): string {
  return `${STUDIO_PATH}/decap/${encodeURIComponent(file)}`
}

/** An article's editor in the studio (Decap CMS routes within the page's fragment). */
export function studioArticlePath(slug: string): string {
  return `${STUDIO_PATH}#/collections/articles/entries/${encodeURIComponent(slug)}`
}

/** Opens an article in Draft Mode from the studio, without the preview secret (development only). */
export function studioPreviewPath(slug: string): string {
  return `${STUDIO_PATH}/preview?${new URLSearchParams({ slug })}`
}

/** Pages that exist whatever the content; articles may link to them. */
export const SITE_PAGES = [HOME_PATH, ARTICLES_PATH, TOPICS_PATH, AUTHORS_PATH, SEARCH_PATH, CORRECTIONS_PATH] as const

/** Page 1 of the article index is `/articles` itself; later pages are `/articles/page/N`. */
export function articlesPagePath(page: number): string {
  return page === 1 ? ARTICLES_PATH : `${ARTICLES_PATH}/page/${page}`
}

export function articlePath(slug: string): string {
  return `${ARTICLES_PATH}/${slug}`
}

/** The "What changed" section of an article's page. */
export const WHAT_CHANGED_ID = 'what-changed'

export function articleChangesPath(slug: string): string {
  return `${articlePath(slug)}#${WHAT_CHANGED_ID}`
}

export function articleCardPath(slug: string): string {
  return `${articlePath(slug)}/opengraph-image`
}

export function topicPath(slug: string): string {
  return `${TOPICS_PATH}/${slug}`
}

export function topicCardPath(slug: string): string {
  return `${topicPath(slug)}/opengraph-image`
}

/** A writer's or reviewer's page: the profile and the public articles they wrote and reviewed. */
export function authorPath(slug: string): string {
  return `${AUTHORS_PATH}/${slug}`
}

export type FeedFormat = 'rss' | 'atom' | 'json'

/** The site's feeds, one per format. */
export const SITE_FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' }

/** A topic's RSS feed. */
export function topicFeedPath(slug: string): string {
  return `${topicPath(slug)}/feed.xml`
}

/** `/search?q=…&topic=…`, leaving out what is empty. */
export function searchPath(query: string, topic?: string | null): string {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query.trim())
  if (topic) params.set('topic', topic)
  const search = params.toString()
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH
}

/** The query and topic of a `/search` address's query string. */
export function readSearchLocation(search: string): { query: string; topic: string | null } {
  const params = new URLSearchParams(search)
  return { query: params.get('q') ?? '', topic: params.get('topic') || null }
}

/** `/api/search?q=…&topic=…&limit=…`. */
export function apiSearchPath(query: string, topic: string | null | undefined, limit: number): string {
  const params = new URLSearchParams({ q: query })
  if (topic) params.set('topic', topic)
  params.set('limit', String(limit))
  return `${API_SEARCH_PATH}?${params.toString()}`
}

/** The versioned content API (lib/api). */
export const API_V1_PREFIX = `${API_PREFIX}v1`
export const API_ARTICLES_PATH = `${API_V1_PREFIX}/articles`
export const API_TOPICS_PATH = `${API_V1_PREFIX}/topics`
export const API_AUTHORS_PATH = `${API_V1_PREFIX}/authors`
export const API_OPENAPI_PATH = `${API_V1_PREFIX}/openapi.json`
export const API_DOCS_PATH = `${API_V1_PREFIX}/docs`

/** Query parameters of an API list; empty and undefined ones are left out, the rest keep this order. */
export type ApiQuery = Record<string, string | number | undefined>

function withQuery(path: string, query: ApiQuery = {}): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** `/api/v1/articles?limit=…&cursor=…&topic=…&updatedSince=…`. */
export function apiArticlesPath(query?: ApiQuery): string {
  return withQuery(API_ARTICLES_PATH, query)
}

/** `/api/v1/articles/<slug>`; the OpenAPI document passes `{slug}`. */
export function apiArticlePath(slug: string): string {
  return `${API_ARTICLES_PATH}/${slug}`
}

/** `/api/v1/topics/<slug>`, with a page of its articles. */
export function apiTopicPath(slug: string, query?: ApiQuery): string {
  return withQuery(`${API_TOPICS_PATH}/${slug}`, query)
}

/** `/api/v1/authors/<slug>`, with a page of their articles. */
export function apiAuthorPath(slug: string, query?: ApiQuery): string {
  return withQuery(`${API_AUTHORS_PATH}/${slug}`, query)
}

/** A file of the API reference page (its script, stylesheet and start-up script), served from this site. */
export function apiDocsAssetPath(file: string): string {
  return `${API_DOCS_PATH}/${file}`
}

/** Where an API problem type is explained: a section of the reference page. */
export function apiProblemTypePath(name: string): string {
  return `${API_DOCS_PATH}#problem-${name}`
}

/** The exit link for a page: `/api/preview/exit?path=<that page>`. */
export function previewExitPath(path: string): string {
  return `${PREVIEW_EXIT_PATH}?${new URLSearchParams({ path })}`
}

/** The link that turns preview on and opens an article: `/api/preview?secret=…&slug=…`. */
export function previewEntryPath(secret: string, slug: string): string {
  return `${PREVIEW_ENTRY_PATH}?${new URLSearchParams({ secret, slug })}`
}

/** A site path as an absolute URL on `siteUrl` (the deployed origin, `SITE.url`). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString()
}

/** What a site path names, for checks that must recognise one (preview exit, links in articles). */
export type ParsedPath =
  | { kind: 'page'; path: (typeof SITE_PAGES)[number] }
  | { kind: 'article'; slug: string }
  | { kind: 'articles-page'; page: number }
  | { kind: 'topic'; slug: string }

const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)'
const ARTICLE = new RegExp(`^${ARTICLES_PATH}/${SLUG}$`)
const ARTICLES_PAGE = new RegExp(`^${ARTICLES_PATH}/page/([1-9]\\d*)$`)
const TOPIC = new RegExp(`^${TOPICS_PATH}/${SLUG}$`)

/** The page a path (no query or fragment) names, or `undefined` when it is none of the site's. */
export function parsePath(path: string): ParsedPath | undefined {
  const page = SITE_PAGES.find((sitePage) => sitePage === path)
  if (page) return { kind: 'page', path: page }
  const article = ARTICLE.exec(path)
  if (article) return { kind: 'article', slug: article[1]! }
  const articlesPage = ARTICLES_PAGE.exec(path)
  if (articlesPage) return { kind: 'articles-page', page: Number(articlesPage[1]) }
  const topic = TOPIC.exec(path)
  if (topic) return { kind: 'topic', slug: topic[1]! }
  return undefined
}

/** Under these prefixes every address names content (an article, a topic, an author, a page of the index). */
export const CONTENT_PREFIXES = [`${ARTICLES_PATH}/`, `${TOPICS_PATH}/`, `${AUTHORS_PATH}/`] as const

/** An address under a content prefix: which content it names, and which of its resources. */
export type ContentResource =
  | { kind: 'article'; slug: string; resource: 'page' | 'card' }
  | { kind: 'topic'; slug: string; resource: 'page' | 'card' | 'feed' }
  | { kind: 'author'; slug: string; resource: 'page' }
  | { kind: 'articles-page'; page: number }

const SLUG_PLACEHOLDER = 'SLUG-PLACEHOLDER'
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A pattern made from a builder's own output, so that the check can never drift from the links. */
const patternOf = (build: (slug: string) => string) =>
  new RegExp(`^${escapeRegExp(build(SLUG_PLACEHOLDER)).replace(SLUG_PLACEHOLDER, SLUG)}$`)

const CONTENT_RESOURCES: { pattern: RegExp; resource: (slug: string) => ContentResource }[] = [
  { pattern: patternOf(articlePath), resource: (slug) => ({ kind: 'article', slug, resource: 'page' }) },
  { pattern: patternOf(articleCardPath), resource: (slug) => ({ kind: 'article', slug, resource: 'card' }) },
  { pattern: patternOf(topicPath), resource: (slug) => ({ kind: 'topic', slug, resource: 'page' }) },
  { pattern: patternOf(topicCardPath), resource: (slug) => ({ kind: 'topic', slug, resource: 'card' }) },
  { pattern: patternOf(topicFeedPath), resource: (slug) => ({ kind: 'topic', slug, resource: 'feed' }) },
  { pattern: patternOf(authorPath), resource: (slug) => ({ kind: 'author', slug, resource: 'page' }) },
]

/**
 * What an address under a content prefix names (path only, still percent-encoded as received), or
 * `undefined` when it is not one of the shapes the site makes: no page can exist there.
 * Page 1 of the index (`/articles/page/1`) is parsed too: it only redirects to `/articles`.
 */
export function parseContentPath(path: string): ContentResource | undefined {
  const articlesPage = ARTICLES_PAGE.exec(path)
  if (articlesPage) return { kind: 'articles-page', page: Number(articlesPage[1]) }
  for (const { pattern, resource } of CONTENT_RESOURCES) {
    const match = pattern.exec(path)
    if (match) return resource(match[1]!)
  }
  return undefined
}
