/**
 * The proxy's screening of requests (lib/security/request-guard.ts): unknown content addresses are
 * a 404 that nothing renders or caches; malformed requests are a 4xx that says what is wrong.
 */
import { describe, expect, test } from 'vitest'
import { articleCardPath, articlePath, articlesPagePath, authorPath, topicCardPath, topicFeedPath, topicPath } from '@/lib/routes'
import { MAX_PATH_LENGTH, screenRequest } from '@/lib/security/request-guard'
import { DAY, NOW, syntheticArticle, syntheticStore } from '../../helpers/synthetic-store'

// 25 public articles (3 pages of 10), a draft, one in review and a scheduled article, topics
// dysbiosis, nutrients, lifestyle.
const content = syntheticStore(25, [
  syntheticArticle(0, {
    slug: 'review-article',
    title: 'In review',
    status: 'review',
    publishedAt: new Date(NOW.getTime() - DAY),
  }),
])
const screen = (path: string, method = 'GET') => screenRequest(method, path, content)

describe('addresses of content', () => {
  const UNPUBLISHED = ['draft-article', 'review-article', 'scheduled-article']

  test.each([...UNPUBLISHED, 'never-existed'])(
    'an article %s is, to a reader, a 404 that reaches no route, page and card alike',
    (slug) => {
      for (const path of [articlePath(slug), articleCardPath(slug)])
        expect(screen(path), path).toEqual({
          action: 'not-found',
          resource: { kind: 'article', slug, resource: path.endsWith('opengraph-image') ? 'card' : 'page' },
        })
    },
  )

  test('an editor in a valid preview session reaches an unpublished article’s route; never one that does not exist', () => {
    for (const slug of UNPUBLISHED)
      expect(screenRequest('GET', articlePath(slug), content, { preview: true }), slug).toEqual({ action: 'pass' })
    expect(screenRequest('GET', articlePath('never-existed'), content, { preview: true })).toMatchObject({
      action: 'not-found',
    })
  })

  test('Next.js’s /_global-error page is a 404 like any address the site does not make', () => {
    expect(screen('/_global-error')).toEqual({ action: 'not-found', resource: undefined })
  })

  test('pass when the content exists and is public', () => {
    for (const path of [
      articlePath('article-25'),
      articleCardPath('article-1'),
      articlesPagePath(2),
      articlesPagePath(3),
      topicPath('nutrients'),
      topicCardPath('nutrients'),
      topicFeedPath('nutrients'),
      authorPath('wren-writer'),
      authorPath('rhea-reviewer'),
    ]) {
      expect(screen(path), path).toEqual({ action: 'pass' })
    }
  })

  test('are a 404 that reaches no route when the content does not exist', () => {
    for (const path of [
      articlePath('no-such-article'),
      articleCardPath('no-such-article'),
      articlesPagePath(4),
      articlesPagePath(123456789),
      topicPath('no-such-topic'),
      topicFeedPath('no-such-topic'),
      '/articles/Article-1',
      '/articles/article-1/extra',
      '/articles/page/02',
      '/topics/nutrients/atom.xml',
      authorPath('no-such-author'),
      '/authors/wren-writer/extra',
      '/authors/Wren-Writer',
    ]) {
      expect(screen(path), path).toMatchObject({ action: 'not-found' })
    }
  })

  test('a 404 says what the address would have named, so that a feed can answer as a feed', () => {
    expect(screen(topicFeedPath('no-such-topic'))).toEqual({
      action: 'not-found',
      resource: { kind: 'topic', slug: 'no-such-topic', resource: 'feed' },
    })
    expect(screen('/articles/a/b')).toEqual({ action: 'not-found', resource: undefined })
    expect(screen(authorPath('no-such-author'))).toEqual({
      action: 'not-found',
      resource: { kind: 'author', slug: 'no-such-author', resource: 'page' },
    })
  })

  test('page 1 of the index redirects to the index itself', () => {
    expect(screen('/articles/page/1')).toEqual({ action: 'redirect', status: 308, location: '/articles' })
  })

  test('every other address passes to its route (unknown ones get the static 404 there)', () => {
    for (const path of [
      '/',
      '/articles',
      '/topics',
      '/authors',
      '/search',
      '/feed.xml',
      '/sitemap.xml',
      '/api/search',
      '/no-such-page',
    ]) {
      expect(screen(path), path).toEqual({ action: 'pass' })
    }
  })
})

describe('malformed requests are a 4xx, never a 500', () => {
  test('a percent-encoding that does not decode is a 400 that says so', () => {
    for (const path of ['/articles/%ff', '/articles/%', '/topics/%E0%A4%A', '/%ff', '/api/search%']) {
      const verdict = screen(path)
      expect(verdict, path).toMatchObject({
        action: 'reject',
        status: 400,
        error: expect.stringMatching(/malformed percent-encoding/),
      })
    }
    expect(screen('/api/%ff')).toMatchObject({ api: true })
    expect(screen('/articles/%ff')).toMatchObject({ api: false })
  })

  test('methods other than GET and HEAD are a 405 naming the allowed ones, on pages and the API alike', () => {
    expect(screen(articlePath('article-1'), 'POST')).toEqual({
      action: 'reject',
      status: 405,
      api: false,
      allow: 'GET, HEAD',
      error: 'method POST is not allowed here; use GET or HEAD',
    })
    expect(screen('/api/search', 'DELETE')).toMatchObject({ status: 405, api: true, allow: 'GET, HEAD' })
    expect(screen('/api/search', 'OPTIONS')).toMatchObject({ status: 405, api: true, allow: 'GET, HEAD' })
    expect(screen('/', 'HEAD')).toEqual({ action: 'pass' })
    expect(screen('/', 'OPTIONS')).toMatchObject({ status: 405 })
  })

  test('the content API lets CORS preflights (OPTIONS) through to its routes, and nothing else but GET and HEAD', () => {
    for (const path of ['/api/v1/articles', '/api/v1/articles/no-such', '/api/v1/openapi.json', '/api/v1'])
      expect(screen(path, 'OPTIONS'), path).toEqual({ action: 'pass' })
    expect(screen('/api/v1/articles', 'POST')).toMatchObject({ status: 405, api: true, allow: 'GET, HEAD, OPTIONS' })
    expect(screen('/api/v1x', 'OPTIONS')).toMatchObject({ status: 405 })
  })

  test('on-demand revalidation takes POST, and only POST', () => {
    expect(screen('/api/revalidate', 'POST')).toEqual({ action: 'pass' })
    expect(screen('/api/revalidate', 'GET')).toMatchObject({ status: 405, api: true, allow: 'POST' })
  })

  test('in next dev, methods are not screened: development tools (the editing studio) may post', () => {
    expect(screenRequest('POST', '/studio', content, { development: true })).toEqual({ action: 'pass' })
    expect(screenRequest('POST', '/studio', content)).toMatchObject({ status: 405 })
    expect(screenRequest('GET', '/articles/%ff', content, { development: true })).toMatchObject({ status: 400 })
  })

  test('a path longer than any the site makes is a 414', () => {
    expect(screen(`/articles/${'a'.repeat(MAX_PATH_LENGTH)}`)).toMatchObject({ action: 'reject', status: 414 })
  })
})
