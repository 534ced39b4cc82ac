/**
 * The content API's endpoints as functions of a `Request` and the content store: the route
 * handlers in app/api/v1/** only pass them the store, the secret and the site's URL, and the unit
 * tests call them the same way with a store of their own.
 *
 * Order of checks: the method (OPTIONS is a CORS preflight), then the preview token (a wrong one is a 401 before anything is
 * looked up, so it shows nothing), then the query, then the slug.
 */
import { newestChangeOf, type Article, type ContentStore } from '../content'
import { apiArticlePath, apiArticlesPath, apiAuthorPath, apiTopicPath, type ApiQuery } from '../routes'
import {
  accessOf,
  jsonResponse,
  methodNotAllowed,
  preflightResponse,
  problemResponse,
  unauthorized,
  type JsonAnswer,
  type ProblemInit,
} from './http'
import { paginate, parseQuery, type Parsed } from './params'
import { articleBody, articleSummaries, authorBody, listedArticles, topicBody, type Viewer } from './resources'
import { articlesQuerySchema, DEFAULT_LIMIT, noQuerySchema, pageQuerySchema, type ArticlePageBody } from './schemas'

export interface ApiContext {
  store: ContentStore
  /** `PREVIEW_SECRET`, or `undefined` when preview is off. */
  secret: string | undefined
  /** Constant-time comparison of a token with the secret. */
  secretMatches(given: string, secret: string): boolean
  /** The deployed origin, for the site pages' absolute URLs and problem types. */
  siteUrl: string
}

export const API_ENDPOINTS = ['articles', 'article', 'topics', 'topic', 'authors', 'author'] as const
export type ApiEndpoint = (typeof API_ENDPOINTS)[number]

type Outcome = { ok: true; answer: JsonAnswer } | { ok: false; problem: ProblemInit }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const notFound = (what: string, slug: string, known?: string[]): Outcome => ({
  ok: false,
  problem: { type: 'not-found', detail: `no ${what} "${slug.slice(0, 100)}"`, parameter: 'slug', ...(known ? { known } : {}) },
})

/** One page of articles, with its `next` link built by `pathOf` from the same query. */
function articlePage(
  articles: Article[],
  query: { limit?: number; cursor?: string },
  viewer: Viewer,
  pathOf: (query: ApiQuery) => string,
  filters: ApiQuery = {},
): Parsed<{ page: ArticlePageBody; lastModified?: Date }> {
  const limit = query.limit ?? DEFAULT_LIMIT
  const page = paginate(articles, limit, query.cursor)
  if (!page.ok) return page
  const { items, nextCursor } = page.value
  const next = nextCursor ? pathOf({ ...filters, limit: query.limit, cursor: nextCursor }) : null
  return {
    ok: true,
    value: {
      page: { data: articleSummaries(items, viewer), total: articles.length, limit, nextCursor, next },
      lastModified: newestChangeOf(items),
    },
  }
}

function listArticles(params: URLSearchParams, viewer: Viewer): Outcome {
  const query = parseQuery(params, articlesQuerySchema)
  if (!query.ok) return query
  const { topic, updatedSince } = query.value
  const { store } = viewer
  if (topic !== undefined && !store.getTopic(topic)) {
    const known = store.listTopics().map(({ slug }) => slug)
    return {
      ok: false,
      problem: {
        type: 'unknown-topic',
        detail: `unknown topic "${topic}" (known: ${known.join(', ')})`,
        parameter: 'topic',
        known,
      },
    }
  }
  const since = updatedSince === undefined ? undefined : new Date(updatedSince)
  const articles = listedArticles(viewer).filter(
    (article) =>
      (topic === undefined || article.topics.includes(topic)) && (!since || (article.updatedAt ?? article.publishedAt) >= since),
  )
  const page = articlePage(articles, query.value, viewer, apiArticlesPath, { topic, updatedSince })
  if (!page.ok) return page
  return { ok: true, answer: { body: page.value.page, lastModified: page.value.lastModified, next: page.value.page.next } }
}

function getArticle(params: URLSearchParams, viewer: Viewer, slug: string): Outcome {
  const query = parseQuery(params, noQuerySchema)
  if (!query.ok) return query
  const view = SLUG.test(slug) ? viewer.store.getArticleView(slug, { preview: viewer.preview }) : undefined
  if (!view) {
    // An old slug (`previousSlugs`) of a public article: the client is sent to its resource now.
    const movedTo = SLUG.test(slug) ? viewer.store.redirectOf(slug) : undefined
    if (movedTo === undefined) return notFound('article', slug)
    const location = apiArticlePath(movedTo)
    return {
      ok: false,
      problem: {
        type: 'moved',
        detail: `article "${slug}" is now "${movedTo}": ${location}`,
        parameter: 'slug',
        known: [movedTo],
        location,
      },
    }
  }
  return { ok: true, answer: { body: articleBody(view, viewer), lastModified: view.lastModified } }
}

/** Articles per topic as this viewer's lists count them: the store's public counts, or with preview every listed article. */
function topicCounts(viewer: Viewer): Map<string, number> {
  const counts = new Map(viewer.store.listTopics().map((topic) => [topic.slug, topic.articleCount]))
  if (!viewer.preview) return counts
  const listed = listedArticles(viewer)
  return new Map([...counts.keys()].map((slug) => [slug, listed.filter((article) => article.topics.includes(slug)).length]))
}

function listTopics(params: URLSearchParams, viewer: Viewer): Outcome {
  const query = parseQuery(params, noQuerySchema)
  if (!query.ok) return query
  const counts = topicCounts(viewer)
  const data = viewer.store.listTopics().map((topic) => topicBody(topic, counts.get(topic.slug) ?? 0, viewer.siteUrl))
  return { ok: true, answer: { body: { data }, lastModified: newestChangeOf(listedArticles(viewer)) } }
}

function getTopic(params: URLSearchParams, viewer: Viewer, slug: string): Outcome {
  const query = parseQuery(params, pageQuerySchema)
  if (!query.ok) return query
  const topic = SLUG.test(slug) ? viewer.store.getTopic(slug) : undefined
  if (!topic)
    return notFound(
      'topic',
      slug,
      viewer.store.listTopics().map((known) => known.slug),
    )
  const articles = listedArticles(viewer).filter((article) => article.topics.includes(topic.slug))
  const page = articlePage(articles, query.value, viewer, (pageQuery) => apiTopicPath(topic.slug, pageQuery))
  if (!page.ok) return page
  const body = {
    ...topicBody(topic, articles.length, viewer.siteUrl),
    introductionHtml: topic.bodyHtml,
    articles: page.value.page,
  }
  return { ok: true, answer: { body, lastModified: page.value.lastModified, next: page.value.page.next } }
}

function listAuthors(params: URLSearchParams, viewer: Viewer): Outcome {
  const query = parseQuery(params, noQuerySchema)
  if (!query.ok) return query
  const listed = listedArticles(viewer)
  const data = viewer.store
    .listAuthors()
    .map((author) => authorBody(author, listed.filter((article) => article.author === author.slug).length, viewer.siteUrl))
  return { ok: true, answer: { body: { data }, lastModified: newestChangeOf(listed) } }
}

function getAuthor(params: URLSearchParams, viewer: Viewer, slug: string): Outcome {
  const query = parseQuery(params, pageQuerySchema)
  if (!query.ok) return query
  const author = SLUG.test(slug) ? viewer.store.getAuthor(slug) : undefined
  if (!author) return notFound('author', slug)
  const articles = listedArticles(viewer).filter((article) => article.author === author.slug)
  const page = articlePage(articles, query.value, viewer, (pageQuery) => apiAuthorPath(author.slug, pageQuery))
  if (!page.ok) return page
  const body = { ...authorBody(author, articles.length, viewer.siteUrl), bioHtml: author.bodyHtml, articles: page.value.page }
  return { ok: true, answer: { body, lastModified: page.value.lastModified, next: page.value.page.next } }
}

const HANDLERS: Record<ApiEndpoint, (params: URLSearchParams, viewer: Viewer, slug: string) => Outcome> = {
  articles: listArticles,
  article: getArticle,
  topics: listTopics,
  topic: getTopic,
  authors: listAuthors,
  author: getAuthor,
}

/** The answer to any request for an endpoint; `slug` is the path parameter of the single-item ones. */
export function answerApiRequest(
  request: Request,
  endpoint: ApiEndpoint,
  slug: string | undefined,
  context: ApiContext,
): Response {
  if (request.method === 'OPTIONS') return preflightResponse()
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(request, context.siteUrl)
  const access = accessOf(request.headers.get('authorization'), context.secret, context.secretMatches)
  if (access === 'unauthorized') return unauthorized(request, context.siteUrl)
  const viewer: Viewer = { store: context.store, preview: access === 'preview', siteUrl: context.siteUrl }
  const outcome = HANDLERS[endpoint](new URL(request.url).searchParams, viewer, slug ?? '')
  if (!outcome.ok) return problemResponse(request, outcome.problem, context.siteUrl)
  return jsonResponse(request, outcome.answer, access)
}
