/**
 * The `review` status ("ready for medical review") in the visibility rule, and the editors' desk
 * (`/preview`): what each state is and who acts next.
 */
import { describe, expect, test } from 'vitest'
import { createContentStore, isVisible, publicationOf, type Surface } from '@/lib/content/store'
import type { ValidContent } from '@/lib/content/validation'
import type { Article, Author } from '@/lib/content/schema'

const NOW = new Date('2026-06-01T12:00:00Z')
const DAY = 24 * 3600 * 1000
const at = (days: number) => new Date(NOW.getTime() + days * DAY)

function article(slug: string, fields: Partial<Article>): Article {
  return {
    slug,
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}.`,
    status: 'published',
    publishedAt: at(-10),
    topics: ['gut'],
    author: 'wren-writer',
    sourcePath: `articles/${slug}.md`,
    bodyMarkdown: '',
    bodyHtml: '',
    ...fields,
  } as Article
}

const person = (slug: string, name: string, role: Author['role']): Author =>
  ({ slug, name, role, sourcePath: `authors/${slug}.md`, bodyMarkdown: '', bodyHtml: '' }) as Author

const reviewed = { reviewedBy: 'rhea-reviewer', reviewedAt: at(-10) }
const draft = article('a-draft', { status: 'draft' })
const inReview = article('in-review', { status: 'review', publishedAt: at(-20), reviewedBy: 'rhea-reviewer' })
const inReviewDatedFuture = article('in-review-dated-later', { status: 'review', publishedAt: at(5) })
const scheduled = article('scheduled', { publishedAt: at(3), ...reviewed })
const upToDate = article('up-to-date', reviewed)
const overdue = article('overdue', { publishedAt: at(-500), reviewedBy: 'rhea-reviewer', reviewedAt: at(-400) })
const updatedAfterReview = article('updated-after-review', { ...reviewed, updatedAt: at(-2) })

const content = {
  articles: [draft, inReview, inReviewDatedFuture, scheduled, upToDate, overdue, updatedAfterReview],
  topics: [{ slug: 'gut', title: 'Gut', description: 'Gut.', sourcePath: 'topics/gut.md', bodyMarkdown: '', bodyHtml: '' }],
  authors: [person('wren-writer', 'Wren Writer', 'writer'), person('rhea-reviewer', 'Rhea Reviewer', 'medical-reviewer')],
  data: {},
} as unknown as ValidContent

describe('an article in review', () => {
  test.each<[boolean, Surface, boolean]>([
    [false, 'page', false],
    [false, 'list', false],
    [true, 'list', false],
    [true, 'page', true],
  ])('preview %s, on a %s: visible %s', (preview, surface, visible) => {
    for (const subject of [inReview, inReviewDatedFuture]) {
      expect(publicationOf(subject, NOW)).toBe('review')
      expect(isVisible(subject, { now: NOW, preview, surface })).toBe(visible)
    }
  })

  test('is in no list, feed source or count, and its page is a 404 for readers', () => {
    const store = createContentStore(content, () => NOW)
    expect(store.listArticles().map((a) => a.slug)).not.toContain('in-review')
    expect(store.listTopics()[0]!.articleCount).toBe(3)
    expect(store.getArticle('in-review')).toBeUndefined()
    expect(store.getArticle('in-review', { preview: true })?.slug).toBe('in-review')
  })
})

describe("the editors' desk", () => {
  const store = createContentStore(content, () => NOW)

  test('is empty unless preview is on', () => {
    expect(store.editors.desk()).toEqual([])
  })

  test('groups articles by state with who acts next; an up-to-date published article is not on it', () => {
    const desk = store.editors.desk({ preview: true })
    expect(desk.map(({ article: a, state, next, actor }) => [a.slug, state, next, actor?.name])).toEqual([
      ['a-draft', 'draft', 'writer', 'Wren Writer'],
      ['in-review', 'review', 'reviewer', 'Rhea Reviewer'],
      ['in-review-dated-later', 'review', 'reviewer', undefined],
      ['scheduled', 'scheduled', 'nobody', undefined],
      ['overdue', 'review-overdue', 'reviewer', 'Rhea Reviewer'],
      ['updated-after-review', 'updated-after-review', 'reviewer', 'Rhea Reviewer'],
    ])
  })

  test('the unpublished list puts articles in review between scheduled ones and drafts', () => {
    expect(store.editors.listUnpublished({ preview: true }).map(({ article: a, publication }) => [a.slug, publication])).toEqual([
      ['scheduled', 'scheduled'],
      ['in-review-dated-later', 'review'],
      ['in-review', 'review'],
      ['a-draft', 'draft'],
    ])
  })
})

describe('the desk follows the review line readers see (lib/editorial/review.ts)', () => {
  const placeholder = { ...person('pat-placeholder', 'Pat Placeholder', 'medical-reviewer'), illustrative: true } as Author
  const byPlaceholder = article('by-placeholder', { reviewedBy: 'pat-placeholder', reviewedAt: at(-10) })
  const coveredCorrection = article('covered-correction', { ...reviewed, updatedAt: at(-2), reviewCovers: at(-2) })
  const store = createContentStore(
    { ...content, articles: [byPlaceholder, coveredCorrection], authors: [...content.authors, placeholder] } as ValidContent,
    () => NOW,
  )

  test('a published article with an illustrative reviewer waits for a real reviewer, whom nobody has named yet', () => {
    const desk = store.editors.desk({ preview: true })
    expect(desk.map(({ article: a, state, next, actor }) => [a.slug, state, next, actor?.name])).toEqual([
      ['by-placeholder', 'illustrative-reviewer', 'reviewer', undefined],
    ])
  })

  test('a correction the review covers (reviewCovers) needs nobody', () => {
    expect(store.editors.desk({ preview: true }).map(({ article: a }) => a.slug)).not.toContain('covered-correction')
  })
})

test('an article back in review is on the desk for its reviewer, not in the launch report of published articles', () => {
  const backInReview = article('back-in-review', { status: 'review', reviewedBy: 'rhea-reviewer', reviewedAt: at(-500) })
  const store = createContentStore({ ...content, articles: [backInReview] } as ValidContent, () => NOW)
  expect(store.editors.listArticlesNeedingReview()).toEqual([])
  expect(store.editors.desk({ preview: true }).map(({ article: a, state }) => [a.slug, state])).toEqual([
    ['back-in-review', 'review'],
  ])
})
