/**
 * The paths a publish makes stale (lib/content/changed-paths.ts): exactly those that answer
 * differently, for a changed article, a new one, an unpublished one and a topic change.
 */
import { describe, expect, test } from 'vitest'
import { changedPaths } from '@/lib/content/changed-paths'
import { createContentStore } from '@/lib/content/store'
import { articleCardPath, articlePath, articlesPagePath, topicCardPath, topicFeedPath, topicPath } from '@/lib/routes'
import { NOW, syntheticArticle, syntheticContent, TOPICS } from '../../helpers/synthetic-store'

const PUBLISHED = 25
const base = () => syntheticContent(PUBLISHED)
const storeOf = (content = base()) => createContentStore(content, () => NOW)
const withArticles = (change: (articles: ReturnType<typeof base>['articles']) => ReturnType<typeof base>['articles']) => {
  const content = base()
  return storeOf({ ...content, articles: change(content.articles) })
}
const SITE_WIDE = ['/', '/atom.xml', '/feed.json', '/feed.xml', '/search', '/sitemap.xml']

describe('changedPaths', () => {
  test('the same content: nothing is stale', () => {
    expect(changedPaths(storeOf(), storeOf())).toEqual({ paths: [], everyPage: false })
  })

  test('a corrected body: that article, the lists that show its reading time, the feeds, not its neighbours’ pages', () => {
    // article-13 is in one topic (nutrients: 13 % 3 = 1); its body grows enough to change its reading time.
    const after = withArticles((articles) =>
      articles.map((article) => (article.slug === 'article-13' ? { ...article, bodyMarkdown: 'word '.repeat(2000), bodyHtml: '<p>Corrected.</p>' } : article)),
    )
    const { paths, everyPage } = changedPaths(storeOf(), after)
    expect(everyPage).toBe(false)
    expect(paths).toContain(articlePath('article-13'))
    expect(paths).toContain(topicFeedPath('nutrients'))
    expect(paths).toContain(articlesPagePath(2))
    for (const path of SITE_WIDE) expect(paths).toContain(path)
    expect(paths).not.toContain(articleCardPath('article-13'))
    expect(paths).not.toContain(articlePath('article-1'))
    expect(paths).not.toContain(articlesPagePath(3))
    expect(paths).not.toContain(topicPath('dysbiosis'))
  })

  test('a new title: its page and card, the pages whose related reading or neighbours show it', () => {
    const before = storeOf()
    const after = withArticles((articles) => articles.map((article) => (article.slug === 'article-2' ? { ...article, title: 'Retitled' } : article)))
    const { paths } = changedPaths(before, after)
    expect(paths).toContain(articlePath('article-2'))
    expect(paths).toContain(articleCardPath('article-2'))
    // Its neighbours link to it by title.
    expect(paths).toContain(articlePath('article-1'))
    expect(paths).toContain(articlePath('article-3'))
    const related = before.relatedArticles('article-5').map((article) => article.slug)
    if (related.includes('article-2')) expect(paths).toContain(articlePath('article-5'))
    expect(paths).not.toContain(articlePath('article-25'))
    expect(paths).toContain('/articles')
  })

  test('a new article: its page and card, its topics, every list page it shifts, home, feeds and sitemap', () => {
    const fresh = syntheticArticle(0, { slug: 'brand-new', title: 'Brand new', topics: ['nutrients'], publishedAt: new Date(NOW.getTime() - 1000) })
    const { paths } = changedPaths(storeOf(), withArticles((articles) => [...articles, fresh]))
    for (const path of [articlePath('brand-new'), articleCardPath('brand-new'), topicPath('nutrients'), topicCardPath('nutrients'), '/articles', articlesPagePath(2), articlesPagePath(3), ...SITE_WIDE])
      expect(paths).toContain(path)
    expect(paths).toContain('/topics')
  })

  test('an unpublished article (back to draft) or a deleted one: its page and card are stale (they must 404 now)', () => {
    for (const after of [
      withArticles((articles) => articles.map((article) => (article.slug === 'article-7' ? { ...article, status: 'draft' as const } : article))),
      withArticles((articles) => articles.filter((article) => article.slug !== 'article-7')),
    ]) {
      const { paths } = changedPaths(storeOf(), after)
      expect(paths).toContain(articlePath('article-7'))
      expect(paths).toContain(articleCardPath('article-7'))
      expect(paths).toContain(topicPath('nutrients'))
      expect(paths).toContain('/sitemap.xml')
    }
  })

  test('a topic renamed: its page, card and feed, the topic index and home, and the pages that name it; other topics keep their cache', () => {
    const content = base()
    const topics = TOPICS.map((topic) => (topic.slug === 'lifestyle' ? { ...topic, title: 'Daily life' } : topic))
    const { paths } = changedPaths(storeOf(), storeOf({ ...content, topics }))
    for (const path of [topicPath('lifestyle'), topicCardPath('lifestyle'), topicFeedPath('lifestyle'), '/topics', '/'])
      expect(paths).toContain(path)
    expect(paths).toContain(articleCardPath('article-2'))
    expect(paths).not.toContain(topicPath('dysbiosis'))
    expect(paths).not.toContain(topicCardPath('nutrients'))
  })

  test('drafts and scheduled articles are not compared: changing one makes nothing stale', () => {
    const after = withArticles((articles) =>
      articles.map((article) => (article.status === 'draft' || article.publishedAt > NOW ? { ...article, title: `${article.title} (edited)` } : article)),
    )
    expect(changedPaths(storeOf(), after).paths).toEqual([])
  })
})
