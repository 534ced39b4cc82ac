/**
 * Related reading (`relatedArticles`). In the synthetic store, article n is in dysbiosis and
 * nutrients when n is a multiple of 3, in nutrients when n % 3 is 1, and in lifestyle when it is 2;
 * lower n is newer.
 */
import { describe, expect, test } from 'vitest'
import { RELATED_ARTICLES } from '@/lib/content/store'
import { syntheticStore } from '../../helpers/synthetic-store'

const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug)

describe('relatedArticles', () => {
  const store = syntheticStore(7)

  test(`up to ${RELATED_ARTICLES}: most shared topics first, then the newest`, () => {
    // article-6 shares both topics; 1, 4 and 7 share nutrients only, and 1 and 4 are the newest.
    expect(slugs(store.relatedArticles('article-3'))).toEqual(['article-6', 'article-1', 'article-4'])
  })

  test('suggests only articles that share a topic, never the article itself', () => {
    expect(slugs(store.relatedArticles('article-2'))).toEqual(['article-5'])
    expect(slugs(store.relatedArticles('article-1'))).not.toContain('article-1')
  })

  test('never suggests a draft or a scheduled article, though both share every topic', () => {
    const suggested = [1, 2, 3, 4, 5, 6, 7].flatMap((n) => slugs(store.relatedArticles(`article-${n}`)))
    expect(suggested).not.toContain('draft-article')
    expect(suggested).not.toContain('scheduled-article')
  })

  test('a reader gets nothing for an unpublished or unknown article; an editor’s preview gets public ones', () => {
    expect(store.relatedArticles('draft-article')).toEqual([])
    expect(store.relatedArticles('no-such-article')).toEqual([])
    expect(slugs(store.relatedArticles('draft-article', { preview: true }))).toEqual(['article-3', 'article-6', 'article-1'])
  })

  test('takes a smaller limit', () => {
    expect(slugs(store.relatedArticles('article-3', {}, 1))).toEqual(['article-6'])
  })
})
