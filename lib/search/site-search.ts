/**
 * The site's search, on the server: `/api/search` and the `/search` page ask it. It never decides
 * what is public: it indexes exactly what lib/content/store.ts lists (`listArticles()`), and follows that
 * list over time. Each search compares the list's slugs with the index's and adds or drops the
 * difference, so a scheduled article is searchable from the first request after its `publishedAt`
 * passes, with no rebuild (see docs/developing.md, "Search").
 *
 * The engine itself is lib/search/engine.ts (pure, tested on its own); this module connects it to the
 * content and to the synonym groups of `content/search-synonyms.yaml`, which the content step has
 * validated like any document. Nothing here is ever sent to a browser.
 */
import 'server-only'
import type { Article, SynonymGroups, Topic } from '../content'
import { getContent } from '../content/server'
import { createSearchIndex, type SearchIndex, type SearchRequest } from './engine'
import { toSearchDocument } from './text'
import type { SearchResponse, TopicSuggestion } from './types'

/** What search needs of lib/content/store.ts's store. */
export interface PublicContent {
  /** The public articles, newest first. */
  listArticles(): Article[]
  /** Every topic, in editorial order, with its count of public articles. */
  listTopics(): (Topic & { articleCount: number })[]
  topicsOf(article: Article): Topic[]
}

export interface SiteSearch {
  search(request: SearchRequest): SearchResponse
  /** Every topic with its public article count, offered when a search is empty or finds nothing. */
  topicSuggestions(): TopicSuggestion[]
  /** Topic slugs, for validating a topic filter. */
  topicSlugs(): string[]
}

/**
 * Search over a content store. The index is built on the first search and brought up to date on
 * each later one: listing the public articles and comparing their slugs costs about as much as
 * rendering a list page; only articles that became public are indexed then.
 */
export function createSiteSearch(content: PublicContent, synonyms: SynonymGroups): SiteSearch {
  let index: SearchIndex | undefined

  const current = (): SearchIndex => {
    const articles = content.listArticles()
    index ??= createSearchIndex({ topics: content.listTopics(), synonyms })
    // The same number of slugs, all already indexed, is the same set: nothing to do.
    const unchanged = articles.length === index.size && articles.every((article) => index!.has(article.slug))
    if (!unchanged) {
      index.sync(articles, (article) =>
        toSearchDocument({ ...article, topics: content.topicsOf(article).map((topic) => topic.slug) }),
      )
    }
    return index
  }

  return {
    search: (request) => current().search(request),
    topicSuggestions: () =>
      content.listTopics().map(({ slug, title, description, articleCount }) => ({ slug, title, description, articleCount })),
    topicSlugs: () => content.listTopics().map((topic) => topic.slug),
  }
}

/**
 * One search per content store: a published release brings a new store, and with it a new index
 * (built on its first search), so search switches with every other surface; the old one goes
 * when its store does.
 */
const searches = new WeakMap<object, SiteSearch>()

/** The site's search over this request's `getContent()`, created on first use. */
export function getSiteSearch(): SiteSearch {
  const content = getContent()
  let search = searches.get(content)
  if (!search) searches.set(content, (search = createSiteSearch(content, content.searchSynonyms())))
  return search
}
