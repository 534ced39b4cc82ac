/**
 * What `/sitemap.xml` lists: every public article, every topic, every author and every listing
 * page, with the date its content last changed. Built from the content store's lists, so nothing unpublished is
 * ever named.
 */
import { ARTICLES_PER_PAGE, lastModifiedOf, newestChangeOf, type ContentStore } from '../content'
import {
  absoluteUrl,
  API_PREFIX,
  articlePath,
  articlesPagePath,
  AUTHORS_PATH,
  authorPath,
  HOME_PATH,
  PREVIEW_INDEX_PATH,
  SITEMAP_PATH,
  TOPICS_PATH,
  topicPath,
} from '../routes'
import { SITE } from '../site'

export interface SitemapEntry {
  /** Absolute. */
  url: string
  /**
   * `updatedAt`, else `publishedAt`; for a list, that of its most recently changed article (for an
   * author, among those they wrote or reviewed; none for an author with no public article).
   */
  lastModified?: Date
}

export function sitemapEntries(content: ContentStore, siteUrl: string = SITE.url): SitemapEntry[] {
  const absolute = (path: string) => absoluteUrl(path, siteUrl)
  const articles = content.listArticles()
  const pageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE))
  const everything = newestChangeOf(articles)
  const entry = (path: string, date: Date | undefined): SitemapEntry =>
    date ? { url: absolute(path), lastModified: date } : { url: absolute(path) }
  return [
    entry(HOME_PATH, everything),
    entry(articlesPagePath(1), newestChangeOf(articles.slice(0, ARTICLES_PER_PAGE))),
    ...Array.from({ length: pageCount - 1 }, (_, index) => {
      const page = index + 2
      return entry(
        articlesPagePath(page),
        newestChangeOf(articles.slice((page - 1) * ARTICLES_PER_PAGE, page * ARTICLES_PER_PAGE)),
      )
    }),
    entry(TOPICS_PATH, everything),
    ...content.listTopics().map((topic) => entry(topicPath(topic.slug), newestChangeOf(content.listArticlesInTopic(topic.slug)))),
    ...articles.map((article) => entry(articlePath(article.slug), lastModifiedOf(article))),
    entry(AUTHORS_PATH, everything),
    ...content.listAuthors().map((author) => {
      const theirs = articles.filter((article) => article.author === author.slug || article.reviewedBy === author.slug)
      return entry(authorPath(author.slug), newestChangeOf(theirs))
    }),
  ]
}

/** `/robots.txt`: crawl everything readers can see, not the preview and API endpoints. */
export function robotsRules(siteUrl: string = SITE.url) {
  return {
    rules: [{ userAgent: '*', allow: HOME_PATH, disallow: [API_PREFIX, PREVIEW_INDEX_PATH] }],
    sitemap: absoluteUrl(SITEMAP_PATH, siteUrl),
  }
}
