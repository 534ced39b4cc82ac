/**
 * Every address the site makes comes from lib/routes.ts; these pin each one, since readers' links,
 * feeds, the sitemap and search engines all depend on them staying put.
 */
import { existsSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  absoluteUrl,
  API_AUTHORS_PATH,
  API_DOCS_PATH,
  API_OPENAPI_PATH,
  API_TOPICS_PATH,
  apiArticlePath,
  apiArticlesPath,
  apiAuthorPath,
  apiDocsAssetPath,
  apiProblemTypePath,
  API_REVALIDATE_PATH,
  apiSearchPath,
  apiTopicPath,
  articleCardPath,
  articlePath,
  articlesPagePath,
  authorPath,
  NOT_FOUND_PATH,
  parseContentPath,
  parsePath,
  previewEntryPath,
  previewExitPath,
  searchPath,
  SITE_FEED_PATHS,
  SITE_ICON_PATH,
  STUDIO_PATH,
  STUDIO_PROBLEMS_PATH,
  studioArticlePath,
  studioAssetPath,
  studioPreviewPath,
  topicCardPath,
  topicFeedPath,
  topicPath,
} from '@/lib/routes'
import { PROJECT_ROOT } from '../helpers/build-fixture'

describe('paths', () => {
  test('articles, their pages and their social cards', () => {
    expect(articlePath('omega-3-and-skin')).toBe('/articles/omega-3-and-skin')
    expect(articleCardPath('omega-3-and-skin')).toBe('/articles/omega-3-and-skin/opengraph-image')
    expect(articlesPagePath(1)).toBe('/articles')
    expect(articlesPagePath(2)).toBe('/articles/page/2')
  })

  test('topics, their cards and their feeds', () => {
    expect(topicPath('nutrients')).toBe('/topics/nutrients')
    expect(topicCardPath('nutrients')).toBe('/topics/nutrients/opengraph-image')
    expect(topicFeedPath('nutrients')).toBe('/topics/nutrients/feed.xml')
  })

  test("each feed the site advertises, and a topic's feed, is served by a route handler", () => {
    const served = (path: string) => existsSync(`${PROJECT_ROOT}/app${path}/route.ts`)
    for (const [format, path] of Object.entries(SITE_FEED_PATHS)) expect(served(path), `${format}: ${path}`).toBe(true)
    expect(served(topicFeedPath('[slug]'))).toBe(true)
  })

  test('search pages leave out what is empty and trim the query', () => {
    expect(searchPath('')).toBe('/search')
    expect(searchPath('  omega 3 ')).toBe('/search?q=omega+3')
    expect(searchPath('eczema', 'nutrients')).toBe('/search?q=eczema&topic=nutrients')
    expect(searchPath(' ', 'nutrients')).toBe('/search?topic=nutrients')
  })

  test('search API requests always carry the query and the limit', () => {
    expect(apiSearchPath('gut & skin', null, 6)).toBe('/api/search?q=gut+%26+skin&limit=6')
    expect(apiSearchPath('fibre', 'nutrients', 20)).toBe('/api/search?q=fibre&topic=nutrients&limit=20')
  })

  test('the content API: collections, items, list queries in order without empty values, the document and its reference page', () => {
    expect(apiArticlesPath()).toBe('/api/v1/articles')
    expect(apiArticlesPath({ limit: 20 })).toBe('/api/v1/articles?limit=20')
    expect(
      apiArticlesPath({ topic: 'nutrients', updatedSince: '2026-01-01T00:00:00+01:00', limit: undefined, cursor: 'YWZ0ZXI6eA' }),
    ).toBe('/api/v1/articles?topic=nutrients&updatedSince=2026-01-01T00%3A00%3A00%2B01%3A00&cursor=YWZ0ZXI6eA')
    expect(apiArticlePath('omega-3-and-skin')).toBe('/api/v1/articles/omega-3-and-skin')
    expect(apiArticlePath('{slug}')).toBe('/api/v1/articles/{slug}')
    expect(API_TOPICS_PATH).toBe('/api/v1/topics')
    expect(apiTopicPath('nutrients', { limit: 5, cursor: '' })).toBe('/api/v1/topics/nutrients?limit=5')
    expect(API_AUTHORS_PATH).toBe('/api/v1/authors')
    expect(apiAuthorPath('rhea-reviewer')).toBe('/api/v1/authors/rhea-reviewer')
    expect(API_OPENAPI_PATH).toBe('/api/v1/openapi.json')
    expect(API_DOCS_PATH).toBe('/api/v1/docs')
    expect(apiDocsAssetPath('start.js')).toBe('/api/v1/docs/start.js')
    expect(SITE_ICON_PATH).toBe('/icon.svg')
    expect(apiProblemTypePath('invalid-cursor')).toBe('/api/v1/docs#problem-invalid-cursor')
  })

  test('preview entry and exit encode what they carry', () => {
    expect(previewEntryPath('s3cret&x', 'draft-article')).toBe('/api/preview?secret=s3cret%26x&slug=draft-article')
    expect(previewExitPath('/articles/draft-article')).toBe('/api/preview/exit?path=%2Farticles%2Fdraft-article')
  })

  test('on-demand revalidation, which deploy hooks and the cluster test call', () => {
    expect(API_REVALIDATE_PATH).toBe('/api/revalidate')
  })

  test('the studio, its bundle, its preview link and its problems feed', () => {
    expect(STUDIO_PATH).toBe('/studio')
    expect(studioAssetPath('decap-cms.js')).toBe('/studio/decap/decap-cms.js')
    expect(studioPreviewPath('new draft')).toBe('/studio/preview?slug=new+draft')
    expect(STUDIO_PROBLEMS_PATH).toBe('/studio/problems')
    expect(studioArticlePath('omega-3')).toBe('/studio#/collections/articles/entries/omega-3')
  })

  test('absolute URLs on the deployed origin', () => {
    expect(absoluteUrl('/articles/x', 'https://example.org')).toBe('https://example.org/articles/x')
    expect(absoluteUrl('/', 'https://example.org/')).toBe('https://example.org/')
  })
})

describe('parsePath', () => {
  test('recognises every kind of page the site makes', () => {
    expect(parsePath('/')).toEqual({ kind: 'page', path: '/' })
    expect(parsePath('/search')).toEqual({ kind: 'page', path: '/search' })
    expect(parsePath(articlePath('a-b'))).toEqual({ kind: 'article', slug: 'a-b' })
    expect(parsePath(articlesPagePath(3))).toEqual({ kind: 'articles-page', page: 3 })
    expect(parsePath(topicPath('lifestyle'))).toEqual({ kind: 'topic', slug: 'lifestyle' })
  })

  test('refuses what no route makes', () => {
    for (const path of [
      '/articles/',
      '/articles/A',
      '/articles/a--b',
      '/articles/page/0',
      '/articles/page/01',
      '/topics/x/y',
      '/preview',
      '//x',
    ]) {
      expect(parsePath(path), path).toBeUndefined()
    }
  })
})

describe('parseContentPath', () => {
  test('recognises every address under /articles/ and /topics/ that the site makes', () => {
    expect(parseContentPath(articlePath('a-b'))).toEqual({ kind: 'article', slug: 'a-b', resource: 'page' })
    expect(parseContentPath(articleCardPath('a-b'))).toEqual({ kind: 'article', slug: 'a-b', resource: 'card' })
    expect(parseContentPath(articlesPagePath(12))).toEqual({ kind: 'articles-page', page: 12 })
    expect(parseContentPath(topicPath('gut'))).toEqual({ kind: 'topic', slug: 'gut', resource: 'page' })
    expect(parseContentPath(topicCardPath('gut'))).toEqual({ kind: 'topic', slug: 'gut', resource: 'card' })
    expect(parseContentPath(topicFeedPath('gut'))).toEqual({ kind: 'topic', slug: 'gut', resource: 'feed' })
    expect(parseContentPath(authorPath('wren-writer'))).toEqual({ kind: 'author', slug: 'wren-writer', resource: 'page' })
  })

  test('refuses every other shape', () => {
    for (const path of [
      '/articles/',
      '/articles/A',
      '/articles/a/b',
      '/articles/a/opengraph-image/x',
      '/articles/page/0',
      '/topics/g/atom.xml',
      '/topics/%ff',
      '/authors/',
      '/authors/a/b',
      '/articles/a%2Fb',
    ]) {
      expect(parseContentPath(path), path).toBeUndefined()
    }
  })

  test("the 404 the proxy rewrites unknown content to is Next.js's prerendered one", () => {
    expect(NOT_FOUND_PATH).toBe('/_not-found')
  })
})
