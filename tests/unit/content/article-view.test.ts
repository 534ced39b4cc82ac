/**
 * The article view model: what `/articles/<slug>` shows, from the content store, on the valid
 * fixture (alpha cites fixture-review-2020 and fixture-trial-2021 in its body, and its takeaways
 * also cite fixture-report-2022).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import type { ValidContent } from '@/lib/content/validation'
import { fixtureBuild } from '../../helpers/build-fixture'

let content: ValidContent
let store: ContentStore
const NOW = new Date('2026-06-01T00:00:00Z')

beforeAll(async () => {
  const build = await fixtureBuild('valid')
  expect(build.exitCode, build.output).toBe(0)
  content = loadContent(build.documents)
  store = createContentStore(content, () => NOW)
})

describe('getArticleView', () => {
  test('resolves the people, topics and dates the page shows', () => {
    const view = store.getArticleView('alpha-article')!
    expect(view.article.slug).toBe('alpha-article')
    expect(view.author.slug).toBe('wren-writer')
    expect(view.review.reviewer?.slug).toBe('rhea-reviewer')
    expect(view.topics.map((topic) => topic.slug)).toEqual(['dysbiosis'])
    expect(view.lastModified).toEqual(new Date('2026-01-10T00:00:00Z'))
    expect(view.review).toEqual(store.reviewOf(view.article))
    expect(view.publication).toBe('public')
  })

  test('numbers references in order of first use in the body, then works cited only by takeaways', () => {
    const view = store.getArticleView('alpha-article')!
    expect(view.references.map((reference) => reference.id)).toEqual([
      'fixture-review-2020',
      'fixture-trial-2021',
      'fixture-report-2022',
    ])
    expect([...view.referenceNumbers]).toEqual([
      ['fixture-review-2020', 1],
      ['fixture-trial-2021', 2],
      ['fixture-report-2022', 3],
    ])
    expect([...view.citedInBody].sort()).toEqual(['fixture-review-2020', 'fixture-trial-2021'])
  })

  test('what depends only on the content is computed once per article', () => {
    const first = store.getArticleView('alpha-article')!
    const second = store.getArticleView('alpha-article')!
    expect(second.references).toBe(first.references)
    expect(second.tableOfContents).toBe(first.tableOfContents)
  })

  test('neighbours and related reading come from the public list, as on the page', () => {
    const view = store.getArticleView('beta-article')!
    expect({ newer: view.newer?.slug, older: view.older?.slug }).toEqual(
      (({ newer, older }) => ({ newer: newer?.slug, older: older?.slug }))(store.getAdjacentArticles('beta-article')),
    )
    expect(view.related.map(({ article }) => article.slug)).toEqual(
      store.relatedArticles('beta-article').map((article) => article.slug),
    )
  })

  test('a draft has a view only in preview, marked as a draft', () => {
    expect(store.getArticleView('draft-article')).toBeUndefined()
    expect(store.getArticleView('draft-article', { preview: true })?.publication).toBe('draft')
    expect(store.getArticleView('no-such-article', { preview: true })).toBeUndefined()
  })

  test('the review status follows the clock, the rest does not change', () => {
    const later = createContentStore(content, () => new Date('2030-01-01T00:00:00Z'))
    expect(store.getArticleView('alpha-article')!.review.claim).toBe('reviewed')
    expect(later.getArticleView('alpha-article')!.review.claim).toBe('overdue')
  })
})
