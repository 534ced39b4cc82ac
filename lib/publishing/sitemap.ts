/**
 * What `/sitemap.xml` lists: every public article, every topic and every listing page, with the
 * date its content last changed. Built from the content store's lists, so nothing unpublished is
 * ever named.
 */
import { ARTICLES_PER_PAGE, lastModifiedOf, newestChangeOf, type ContentStore } from '../content'
import { SITE } from '../site'

export interface SitemapEntry {
  /** Absolute. */
  url: string
  /** `updatedAt`, else `publishedAt`; for a list, that of its most recently changed article. */
  lastModified?: Date
}

export function sitemapEntries(content: ContentStore, siteUrl: string = SITE.url): SitemapEntry[] {
  const absolute = (path: string) => new URL(path, siteUrl).href
  const articles = content.listArticles()
  const pageCount = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE))
  const everything = newestChangeOf(articles)
  const entry = (path: string, date: Date | undefined): SitemapEntry => (date ? { url: absolute(path), lastModified: date } : { url: absolute(path) })
  return [
    entry('/', everything),
    entry('/articles', newestChangeOf(articles.slice(0, ARTICLES_PER_PAGE))),
    ...Array.from({ length: pageCount - 1 }, (_, index) => {
      const page = index + 2
      return entry(`/articles/page/${page}`, newestChangeOf(articles.slice((page - 1) * ARTICLES_PER_PAGE, page * ARTICLES_PER_PAGE)))
    }),
    entry('/topics', everything),
    ...content.listTopics().map((topic) => entry(`/topics/${topic.slug}`, newestChangeOf(content.listArticlesInTopic(topic.slug)))),
    ...articles.map((article) => entry(`/articles/${article.slug}`, lastModifiedOf(article))),
  ]
}

/** `/robots.txt`: crawl everything readers can see, not the preview and API endpoints. */
export function robotsRules(siteUrl: string = SITE.url) {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/preview'] }],
    sitemap: new URL('/sitemap.xml', siteUrl).href,
  }
}
