/**
 * The visibility rule (lib/content/store.ts) at its boundaries, with a clock the tests control: a draft,
 * an article scheduled one second in the future, one published one second ago, with preview on
 * and off, on an article's own page and on lists.
 */
import { describe, expect, test } from 'vitest'
import { createContentStore, isPublic, isVisible, publicationOf, type Publication, type Surface } from '@/lib/content/store'
import type { Article } from '@/lib/content/schema'
import { makeArticle, makeContent, makeTopic, makeWriter } from '../../helpers/factories'

const NOW = new Date('2026-06-01T12:00:00Z')
const SECOND = 1000
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs)

const article = (slug: string, status: Article['status'], publishedAt: Date, topics = ['gut']) =>
  makeArticle({ slug, status, publishedAt, topics })

const justPublished = article('published-one-second-ago', 'published', at(-SECOND))
const scheduled = article('scheduled-in-one-second', 'published', at(SECOND), ['gut', 'skin'])
const exactlyNow = article('published-exactly-now', 'published', NOW)
const draft = article('draft', 'draft', at(-7 * 24 * 3600 * SECOND))
const futureDraft = article('future-draft', 'draft', at(30 * 24 * 3600 * SECOND))
const older = article('older', 'published', at(-2 * 24 * 3600 * SECOND))
const oldest = article('oldest', 'published', at(-3 * 24 * 3600 * SECOND), ['skin'])
const laterScheduled = article('scheduled-next-month', 'published', at(31 * 24 * 3600 * SECOND))

const content = makeContent({
  articles: [oldest, draft, justPublished, scheduled, futureDraft, exactlyNow, older, laterScheduled],
  topics: [makeTopic('gut', { order: 1 }), makeTopic('skin', { order: 2 })],
  authors: [makeWriter()],
})

const slugs = (articles: { slug: string }[]) => articles.map((a) => a.slug)

describe('the rule', () => {
  test.each<[string, Article, Publication]>([
    ['a draft dated in the past', draft, 'draft'],
    ['a draft dated in the future', futureDraft, 'draft'],
    ['a published article scheduled one second in the future', scheduled, 'scheduled'],
    ['a published article whose publishedAt is exactly now', exactlyNow, 'public'],
    ['a published article published one second ago', justPublished, 'public'],
  ])('%s is %s', (_, subject, publication) => {
    expect(publicationOf(subject, NOW)).toBe(publication)
    expect(isPublic(subject, NOW)).toBe(publication === 'public')
  })

  test('the boundary is publishedAt itself, to the millisecond', () => {
    expect(isPublic(scheduled, at(SECOND - 1))).toBe(false)
    expect(isPublic(scheduled, at(SECOND))).toBe(true)
    expect(isPublic(justPublished, at(-SECOND - 1))).toBe(false)
    expect(isPublic(justPublished, at(-SECOND))).toBe(true)
  })

  test('a draft is never public, however late', () => {
    expect(isPublic(draft, new Date('2999-01-01T00:00:00Z'))).toBe(false)
    expect(isPublic(futureDraft, new Date('2999-01-01T00:00:00Z'))).toBe(false)
  })

  // [article, preview, surface] → visible
  const table: [Article, boolean, Surface, boolean][] = [
    [justPublished, false, 'page', true],
    [justPublished, false, 'list', true],
    [justPublished, true, 'page', true],
    [justPublished, true, 'list', true],
    [scheduled, false, 'page', false],
    [scheduled, false, 'list', false],
    [scheduled, true, 'page', true],
    [scheduled, true, 'list', false],
    [draft, false, 'page', false],
    [draft, false, 'list', false],
    [draft, true, 'page', true],
    [draft, true, 'list', false],
  ]
  test.each(table)('isVisible(%s.slug, preview %s, %s) is %s', (subject, preview, surface, visible) => {
    expect(isVisible(subject, { now: NOW, preview, surface })).toBe(visible)
  })

  test('preview defaults to off', () => {
    expect(isVisible(draft, { now: NOW, surface: 'page' })).toBe(false)
    expect(isVisible(scheduled, { now: NOW, surface: 'page' })).toBe(false)
  })
})

describe('the content store, with preview off (readers)', () => {
  const store = createContentStore(content, () => NOW)

  test('an article page: only public articles; drafts and scheduled ones are a 404', () => {
    expect(store.getArticle(justPublished.slug)?.slug).toBe(justPublished.slug)
    expect(store.getArticle(exactlyNow.slug)?.slug).toBe(exactlyNow.slug)
    expect(store.getArticle(scheduled.slug)).toBeUndefined()
    expect(store.getArticle(draft.slug)).toBeUndefined()
    expect(store.getArticle(scheduled.slug, { preview: false })).toBeUndefined()
    expect(store.getArticle(draft.slug, {})).toBeUndefined()
  })

  test('lists, counts, pagination and previous/next links hold public articles only', () => {
    const visible = ['published-exactly-now', 'published-one-second-ago', 'older', 'oldest']
    expect(slugs(store.listArticles())).toEqual(visible)
    expect(store.getArticlePage(1, 3)).toMatchObject({ pageCount: 2, total: 4 })
    expect(slugs(store.getArticlePage(2, 3)!.articles)).toEqual(['oldest'])
    expect(store.listTopics().map((t) => [t.slug, t.articleCount])).toEqual([
      ['gut', 3],
      ['skin', 1],
    ])
    expect(slugs(store.listArticlesInTopic('skin'))).toEqual(['oldest'])
    expect(store.getAdjacentArticles('published-exactly-now')).toEqual({ newer: undefined, older: justPublished })
    expect(store.getAdjacentArticles(scheduled.slug)).toEqual({})
    expect(store.getAdjacentArticles(draft.slug)).toEqual({})
  })

  test('the preview index is empty', () => {
    expect(store.editors.listUnpublished()).toEqual([])
    expect(store.editors.listUnpublished({ preview: false })).toEqual([])
  })
})

describe('the content store, with preview on (editors in Draft Mode)', () => {
  const store = createContentStore(content, () => NOW)
  const preview = { preview: true }

  test('drafts and scheduled articles render on their own page', () => {
    expect(store.getArticle(scheduled.slug, preview)?.slug).toBe(scheduled.slug)
    expect(store.getArticle(draft.slug, preview)?.slug).toBe(draft.slug)
    expect(store.getArticle(futureDraft.slug, preview)?.slug).toBe(futureDraft.slug)
    expect(store.getArticle(justPublished.slug, preview)?.slug).toBe(justPublished.slug)
    expect(store.getArticle('no-such-article', preview)).toBeUndefined()
  })

  test('their previous/next links are the ones they will have once public, and lead to public articles only', () => {
    // scheduled (NOW+1s) would be the newest: no newer, and the newest public article is older.
    expect(store.getAdjacentArticles(scheduled.slug, preview)).toEqual({ newer: undefined, older: exactlyNow })
    // The draft, dated a week ago, would be the oldest: `oldest` (three days ago) is newer.
    expect(store.getAdjacentArticles(draft.slug, preview)).toEqual({ newer: oldest, older: undefined })
    // A public article's links are the same as a reader's: the unpublished ones are not among them.
    expect(store.getAdjacentArticles('published-exactly-now', preview)).toEqual({ newer: undefined, older: justPublished })
  })

  test('lists stay exactly what readers see', () => {
    expect(slugs(store.listArticles())).toEqual(['published-exactly-now', 'published-one-second-ago', 'older', 'oldest'])
    expect(store.listTopics().map((t) => t.articleCount)).toEqual([3, 1])
  })

  test('the preview index lists every draft and scheduled article: scheduled soonest first, then drafts', () => {
    const index = store.editors.listUnpublished(preview)
    expect(index.map(({ article: a, publication }) => [a.slug, publication])).toEqual([
      ['scheduled-in-one-second', 'scheduled'],
      ['scheduled-next-month', 'scheduled'],
      ['future-draft', 'draft'],
      ['draft', 'draft'],
    ])
    expect(index.every((entry) => entry.author?.name === 'Wren Writer')).toBe(true)
  })

  test('publicationOf reads the store clock', () => {
    expect(store.publicationOf(scheduled)).toBe('scheduled')
    expect(store.publicationOf(draft)).toBe('draft')
    expect(store.publicationOf(justPublished)).toBe('public')
  })
})

describe('scheduled publishing: the clock is read on every call', () => {
  test('a scheduled article appears on every surface at its publishedAt, and not a millisecond before', () => {
    let now = at(SECOND - 1)
    const store = createContentStore(content, () => now)
    const everywhere = () => ({
      page: store.getArticle(scheduled.slug) !== undefined,
      list: slugs(store.listArticles()).includes(scheduled.slug),
      index: slugs(store.getArticlePage(1)!.articles).includes(scheduled.slug),
      topic: slugs(store.listArticlesInTopic('skin')).includes(scheduled.slug),
      count: store.listTopics().find((t) => t.slug === 'skin')!.articleCount,
      adjacent: store.getAdjacentArticles(exactlyNow.slug).newer?.slug,
      previewIndex: slugs(store.editors.listUnpublished({ preview: true }).map((entry) => entry.article)).includes(scheduled.slug),
    })
    expect(everywhere()).toEqual({
      page: false,
      list: false,
      index: false,
      topic: false,
      count: 1,
      adjacent: undefined,
      previewIndex: true,
    })
    now = at(SECOND)
    expect(everywhere()).toEqual({
      page: true,
      list: true,
      index: true,
      topic: true,
      count: 2,
      adjacent: scheduled.slug,
      previewIndex: false,
    })
    expect(store.getArticle(draft.slug)).toBeUndefined()
  })
})
