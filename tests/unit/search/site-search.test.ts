/**
 * The site's search over lib/content/store.ts's store: it indexes what `listArticles()` lists and nothing
 * else, and follows that list as time passes.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import type { ValidContent } from '@/lib/content/validation'
import { createSiteSearch } from '@/lib/search/site-search'
import { fixtureBuild } from '../../helpers/build-fixture'

const DRAFT_MARKER = 'DRAFT-MARKER-7f3a'
/** Before gamma-article's publishedAt (2026-03-10): it is scheduled, not public. */
const BEFORE_GAMMA = new Date('2026-03-01T00:00:00Z')
const AFTER_GAMMA = new Date('2026-04-01T00:00:00Z')

let content: ValidContent

beforeAll(async () => {
  const build = await fixtureBuild('valid')
  expect(build.exitCode, build.output).toBe(0)
  content = loadContent(build.documents, 'tests/fixtures/content/valid')
})

function siteSearchAt(start: Date) {
  let now = start
  const store: ContentStore = createContentStore(content, () => now)
  const search = createSiteSearch(store, store.searchSynonyms())
  return { store, search, setNow: (date: Date) => (now = date) }
}

const slugs = (results: { slug: string }[]) => results.map((hit) => hit.slug)

describe('what search finds is what lib/content/store.ts lists', () => {
  test('drafts are never found, by any of their words', () => {
    const { search } = siteSearchAt(AFTER_GAMMA)
    for (const query of [DRAFT_MARKER, 'draft', 'Draft article']) {
      const response = search.search({ query, limit: 50 })
      expect(slugs(response.results)).not.toContain('draft-article')
      expect(JSON.stringify(response.results)).not.toContain(DRAFT_MARKER)
    }
    expect(search.search({ query: DRAFT_MARKER }).total).toBe(0)
  })

  test('every public article can be found by its title, and only those', () => {
    const { store, search } = siteSearchAt(AFTER_GAMMA)
    const found = new Set(
      ['alpha', 'beta', 'gamma', 'article'].flatMap((query) => slugs(search.search({ query, limit: 50 }).results)),
    )
    expect([...found].sort()).toEqual(
      store
        .listArticles()
        .map((article) => article.slug)
        .sort(),
    )
  })

  test('a scheduled article is found once its publishedAt has passed, without rebuilding', () => {
    const { search, setNow } = siteSearchAt(BEFORE_GAMMA)
    expect(slugs(search.search({ query: 'gamma' }).results)).toEqual([])
    setNow(AFTER_GAMMA)
    expect(slugs(search.search({ query: 'gamma' }).results)).toEqual(['gamma-article'])
  })

  test("facets and suggestions use the store's topics and counts", () => {
    const { store, search } = siteSearchAt(AFTER_GAMMA)
    expect(search.topicSlugs()).toEqual(store.listTopics().map((topic) => topic.slug))
    expect(search.topicSuggestions().map((topic) => [topic.slug, topic.articleCount])).toEqual(
      store.listTopics().map((topic) => [topic.slug, topic.articleCount]),
    )
    const response = search.search({ query: 'article', limit: 50 })
    expect(response.facets.map((facet) => facet.slug)).toEqual(search.topicSlugs())
    for (const facet of response.facets) {
      expect(facet.count).toBe(store.listArticlesInTopic(facet.slug).length)
    }
  })

  test("the fixture's synonyms apply", () => {
    const { search } = siteSearchAt(AFTER_GAMMA)
    const direct = slugs(search.search({ query: 'eczema', limit: 50 }).results)
    expect(direct.length).toBeGreaterThan(0)
    expect(slugs(search.search({ query: 'atopic dermatitis', limit: 50 }).results)).toEqual(expect.arrayContaining(direct))
  })
})
