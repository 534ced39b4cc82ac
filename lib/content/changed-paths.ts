/**
 * Which cached answers a publish makes stale: the paths whose content differs between the store
 * served before and the one served after, and nothing else, so that unchanged pages keep their
 * cache (lib/content/server.ts revalidates these on every instance after a switch).
 *
 * How: for each store, every cacheable path gets a fingerprint of exactly what the store answers
 * for it (an article page: its whole view with related reading, neighbours and review line; a
 * list: its listings; a feed: its articles in full; a social card: the title and topics it draws);
 * a path is stale when its fingerprint differs or it exists in one store only. When the site-wide footer (the review
 * promise, in the root layout) changes, every page is stale: `everyPage`.
 *
 * Drafts and scheduled articles have no cached page (a preview is never cached), so only what
 * readers see is compared: an article unpublished by this publish is a path that disappeared.
 */
import { createHash } from 'node:crypto'
import {
  ARTICLES_PATH,
  HOME_PATH,
  SEARCH_PATH,
  SITE_CARD_PATH,
  SITE_FEED_PATHS,
  SITEMAP_PATH,
  TOPICS_PATH,
  articleCardPath,
  articlePath,
  articlesPagePath,
  topicCardPath,
  topicFeedPath,
  topicPath,
} from '../routes'
import type { ContentStore } from './content-store'
import type { Article } from './schema'
import { ARTICLES_PER_PAGE } from './store'

export interface ChangedPaths {
  /** Site paths, sorted. */
  paths: string[]
  /** The root layout changed: every page is stale. */
  everyPage: boolean
}

const BODY_FIELDS = new Set(['bodyHtml', 'bodyMarkdown'])

function digest(value: unknown, withBodies = true): string {
  const text = JSON.stringify(value, (key, field: unknown) => (!withBodies && BODY_FIELDS.has(key) ? undefined : field))
  return createHash('sha1').update(text ?? 'undefined').digest('base64')
}

/** What a list shows of each article: everything but the body, and the reading time the body gives. */
function listed(store: ContentStore, articles: Article[]): unknown {
  return store.listingsOf(articles).map(({ article, topics, readingMinutes }) => ({
    article,
    topics: topics.map((topic) => topic.slug),
    readingMinutes,
  }))
}

/** Every cacheable path of a store, with its fingerprint. */
export function pathFingerprints(store: ContentStore): Map<string, string> {
  const paths = new Map<string, string>()
  const articles = store.listArticles()
  const topics = store.listTopics()
  const summary = digest(listed(store, articles), false)

  for (const article of articles) {
    paths.set(articlePath(article.slug), digest(store.getArticleView(article.slug)))
    paths.set(
      articleCardPath(article.slug),
      digest({ title: article.title, topics: store.topicsOf(article).map((topic) => topic.title) }),
    )
  }
  for (const topic of topics) {
    const inTopic = store.listArticlesInTopic(topic.slug)
    paths.set(topicPath(topic.slug), digest({ topic, listed: listed(store, inTopic) }, false))
    paths.set(topicFeedPath(topic.slug), digest({ topic, inTopic }))
    paths.set(topicCardPath(topic.slug), digest({ title: topic.title, description: topic.description, count: topic.articleCount }))
  }
  const pageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE))
  for (let page = 1; page <= pageCount; page++) {
    const listing = listed(store, store.getArticlePage(page)?.articles ?? [])
    paths.set(page === 1 ? ARTICLES_PATH : articlesPagePath(page), digest({ listing, pageCount }, false))
  }
  paths.set(HOME_PATH, digest({ summary, topics }))
  paths.set(TOPICS_PATH, digest(topics))
  paths.set(SEARCH_PATH, digest({ summary, topics }))
  const feeds = digest(articles)
  for (const feed of Object.values(SITE_FEED_PATHS)) paths.set(feed, feeds)
  paths.set(SITEMAP_PATH, digest({ summary, topics }))
  paths.set(SITE_CARD_PATH, digest(null))
  return paths
}

/**
 * A store's fingerprints, computed once: the store served now was the `after` of the last switch,
 * so each switch computes only the new store's. Those were taken at the last switch: what changed
 * with time since (a scheduled article now public) shows as a change, so at worst a path is
 * revalidated that time alone changed, which its own 15-minute revalidation would have done.
 */
const fingerprintsOf = new WeakMap<ContentStore, Map<string, string>>()

function fingerprints(store: ContentStore): Map<string, string> {
  let prints = fingerprintsOf.get(store)
  if (!prints) fingerprintsOf.set(store, (prints = pathFingerprints(store)))
  return prints
}

/** The paths that answer differently after the switch from `before` to `after`. */
export function changedPaths(before: ContentStore, after: ContentStore): ChangedPaths {
  const old = fingerprints(before)
  const fresh = fingerprints(after)
  const paths = new Set<string>()
  for (const [path, print] of fresh) if (old.get(path) !== print) paths.add(path)
  for (const path of old.keys()) if (!fresh.has(path)) paths.add(path)
  return { paths: [...paths].sort(), everyPage: before.reviewPromise() !== after.reviewPromise() }
}
