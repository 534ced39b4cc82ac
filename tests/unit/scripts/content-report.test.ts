/**
 * `npm run content:report`: every public article whose medical review is overdue, with its
 * reviewer. The clock is fixed, so the tests do not depend on the day they run.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import { validateContent, type ValidContent } from '@/lib/content/validation'
import type { Article } from '@/lib/content/schema'
import { toContentSource } from '@/lib/content/source'
import { fixtureBuild } from '../../helpers/build-fixture'
import { makeArticleSource, renderedBody } from '../../helpers/factories'
import { contentReport } from '../../../scripts/content-report'

// The valid fixture's published articles were reviewed on 10 January, 10 February and 10 March 2026;
// the draft has no review.
let content: ValidContent

beforeAll(async () => {
  const build = await fixtureBuild('valid')
  expect(build.exitCode, build.output).toBe(0)
  content = loadContent(build.documents)
})

const at = (iso: string) => createContentStore(content, () => new Date(iso))
/** The overdue articles the report lists, most overdue first. */
const overdue = (store: ContentStore) =>
  store.editors
    .listArticlesNeedingReview()
    .filter(({ review }) => review.needs.includes('overdue'))
    .sort((a, b) => a.review.nextReviewDue.getTime() - b.review.nextReviewDue.getTime())
    .map(({ article, review }) => ({
      slug: article.slug,
      due: review.nextReviewDue.toISOString().slice(0, 10),
      reviewer: review.reviewer?.name,
    }))

describe('overdue reviews (listArticlesNeedingReview)', () => {
  test('nothing is overdue within twelve months of each review', () => {
    expect(overdue(at('2026-12-31T23:59:59Z'))).toEqual([])
  })

  test('an article is overdue from the day after its due date, not on the due date itself', () => {
    expect(overdue(at('2027-01-10T23:59:59.999Z'))).toEqual([])
    expect(overdue(at('2027-01-11T00:00:00Z'))).toEqual([{ slug: 'alpha-article', due: '2027-01-10', reviewer: 'Rhea Reviewer' }])
  })

  test('lists every overdue article with its reviewer, most overdue first', () => {
    expect(overdue(at('2027-02-15T00:00:00Z'))).toEqual([
      { slug: 'alpha-article', due: '2027-01-10', reviewer: 'Rhea Reviewer' },
      { slug: 'beta-article', due: '2027-02-10', reviewer: 'Rhea Reviewer' },
    ])
    expect(overdue(at('2030-01-01T00:00:00Z')).map(({ slug }) => slug)).toEqual([
      'alpha-article',
      'beta-article',
      'gamma-article',
    ])
  })

  test('the review status the page shows agrees with the report', () => {
    const store = at('2027-02-15T00:00:00Z')
    const status = (slug: string) => store.reviewOf(store.getArticle(slug)!)
    expect(status('alpha-article')).toMatchObject({
      claim: 'overdue',
      reviewedAt: new Date('2026-01-10T00:00:00Z'),
      nextReviewDue: new Date('2027-01-10T00:00:00Z'),
      overdue: true,
    })
    expect(status('gamma-article')).toMatchObject({ claim: 'reviewed', overdue: false })
    expect(store.reviewOf(content.articles.find((article) => article.slug === 'draft-article')!).claim).toBe('none')
  })

  test('drafts are not listed; a scheduled article is, marked scheduled, since it goes live without a rebuild', async () => {
    const build = await fixtureBuild('valid')
    const source = toContentSource(build.documents)
    const body = 'Soon [@fixture-review-2020; @fixture-trial-2021].'
    const fields = { publishedAt: '2031-01-01', reviewedAt: '2025-01-01' }
    const scheduled = makeArticleSource('articles/scheduled.md', fields, await renderedBody(body))
    const { content: withScheduled, problems } = validateContent(
      { ...source, documents: [...source.documents, scheduled] },
      'content',
    )
    expect(problems).toEqual([])
    const store = createContentStore(withScheduled, () => new Date('2030-01-01T00:00:00Z'))
    const listed = store.editors.listArticlesNeedingReview().map(({ article, publication }) => [article.slug, publication])
    expect(listed).toEqual(
      expect.arrayContaining([
        ['alpha-article', 'public'],
        ['beta-article', 'public'],
        ['gamma-article', 'public'],
        ['scheduled', 'scheduled'],
      ]),
    )
    expect(listed.map(([slug]) => slug)).not.toContain('draft-article')
  })
})

describe('the content:report script', () => {
  /** scripts/content-report.ts against the fixture at a fixed time: its output and exit code. */
  function report(iso: string): { output: string[]; exitCode: number | undefined } {
    const { lines, exitCode } = contentReport(at(iso))
    return { output: lines, exitCode: exitCode === 0 ? undefined : exitCode }
  }

  test('says so, and exits 0, when every published article has a real, current review', () => {
    expect(report('2026-06-01T00:00:00Z')).toEqual({
      output: ['Every published article names a real author and has a real, current medical review.'],
      exitCode: undefined,
    })
  })

  test('lists each overdue article with its reviewer and due date, and exits 1', () => {
    expect(report('2027-02-15T00:00:00Z')).toEqual({
      output: [
        '2 published articles need a real medical review:',
        '- articles/alpha-article.md: overdue: reviewed 2026-01-10 by Rhea Reviewer (rhea-reviewer); due 2027-01-10',
        '- articles/beta-article.md: overdue: reviewed 2026-02-10 by Rhea Reviewer (rhea-reviewer); due 2027-02-10',
      ],
      exitCode: 1,
    })
  })

  test('one overdue article', () => {
    const { output } = report('2027-01-20T00:00:00Z')
    expect(output[0]).toBe('1 published article needs a real medical review:')
    expect(output).toHaveLength(2)
  })
})

describe('the content:report script: illustrative reviewers and updates after review', () => {
  /** The valid fixture with its reviewer marked illustrative and/or one article edited. */
  function variant({
    illustrative = false,
    illustrativeWriter = false,
    articles = {},
  }: {
    illustrative?: boolean
    illustrativeWriter?: boolean
    articles?: Record<string, Partial<Article>>
  }) {
    return createContentStore(
      {
        ...content,
        authors: content.authors.map((author) =>
          author.slug === 'rhea-reviewer'
            ? { ...author, illustrative }
            : author.slug === 'wren-writer'
              ? { ...author, illustrative: illustrativeWriter }
              : author,
        ),
        articles: content.articles.map((article) => ({ ...article, ...articles[article.slug] })),
      },
      () => new Date('2026-06-01T00:00:00Z'),
    )
  }

  test('an illustrative reviewer: every published article it reviews is listed, and the report exits 1', () => {
    const { lines, exitCode } = contentReport(variant({ illustrative: true }))
    expect(exitCode).toBe(1)
    expect(lines).toEqual([
      '3 published articles need a real medical review:',
      '- articles/alpha-article.md: illustrative reviewer: Rhea Reviewer (rhea-reviewer) is a placeholder, so no real medical review took place',
      '- articles/beta-article.md: illustrative reviewer: Rhea Reviewer (rhea-reviewer) is a placeholder, so no real medical review took place',
      '- articles/gamma-article.md: illustrative reviewer: Rhea Reviewer (rhea-reviewer) is a placeholder, so no real medical review took place',
    ])
  })

  test('an article updated after its review is listed with both dates, and the report exits 1', () => {
    const updatedAt = new Date('2026-03-15T00:00:00Z')
    const { lines, exitCode } = contentReport(variant({ articles: { 'gamma-article': { updatedAt } } }))
    expect(exitCode).toBe(1)
    expect(lines).toEqual([
      '1 published article needs a real medical review:',
      '- articles/gamma-article.md: updated 2026-03-15 after its last medical review (2026-03-10), which does not cover the change',
    ])
  })

  test('an update the review covers (reviewCovers) is not listed, and the report exits 0', () => {
    const updatedAt = new Date('2026-03-15T00:00:00Z')
    const { lines, exitCode } = contentReport(variant({ articles: { 'gamma-article': { updatedAt, reviewCovers: updatedAt } } }))
    expect({ lines, exitCode }).toEqual({
      lines: ['Every published article names a real author and has a real, current medical review.'],
      exitCode: 0,
    })
  })

  test('a later update than the one the review covers is listed again', () => {
    const articles = {
      'gamma-article': { reviewCovers: new Date('2026-03-15T00:00:00Z'), updatedAt: new Date('2026-04-01T00:00:00Z') },
    }
    expect(contentReport(variant({ articles })).lines[1]).toBe(
      '- articles/gamma-article.md: updated 2026-04-01 after its last medical review (2026-03-10), which does not cover the change',
    )
  })

  test('a scheduled article is listed too, since it goes live without a rebuild; a draft is not', () => {
    const articles = {
      'gamma-article': { publishedAt: new Date('2026-07-01T09:00:00Z'), updatedAt: undefined },
      'draft-article': { reviewedBy: 'rhea-reviewer', reviewedAt: new Date('2026-03-12T00:00:00Z') },
    }
    const { lines } = contentReport(variant({ illustrative: true, articles }))
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe(
      '- articles/gamma-article.md (scheduled: public from 2026-07-01T09:00:00.000Z): illustrative reviewer: Rhea Reviewer (rhea-reviewer) is a placeholder, so no real medical review took place',
    )
    expect(lines.join('\n')).not.toContain('draft-article')
  })

  test('an illustrative writer: every published article it wrote is listed, and the report exits 1', () => {
    const { lines, exitCode } = contentReport(variant({ illustrativeWriter: true }))
    expect(exitCode).toBe(1)
    expect(lines).toEqual([
      '3 published articles name an illustrative author:',
      '- articles/alpha-article.md: illustrative author: Wren Writer (wren-writer) is a placeholder, not a real person',
      '- articles/beta-article.md: illustrative author: Wren Writer (wren-writer) is a placeholder, not a real person',
      '- articles/gamma-article.md: illustrative author: Wren Writer (wren-writer) is a placeholder, not a real person',
    ])
    expect(lines.join('\n')).not.toContain('draft-article')
  })

  test('an illustrative writer and reviewer: both lists, reviews first; a scheduled article is marked', () => {
    const articles = { 'gamma-article': { publishedAt: new Date('2026-07-01T09:00:00Z'), updatedAt: undefined } }
    const { lines, exitCode } = contentReport(variant({ illustrative: true, illustrativeWriter: true, articles }))
    expect(exitCode).toBe(1)
    expect(lines[0]).toBe('3 published articles need a real medical review:')
    expect(lines[4]).toBe('3 published articles name an illustrative author:')
    expect(lines[7]).toBe(
      '- articles/gamma-article.md (scheduled: public from 2026-07-01T09:00:00.000Z): illustrative author: Wren Writer (wren-writer) is a placeholder, not a real person',
    )
  })

  test("the store lists the same articles for the editors' desk, with their needs and publication", () => {
    const store = variant({ illustrative: true, articles: { 'beta-article': { updatedAt: new Date('2026-03-01T00:00:00Z') } } })
    expect(
      store.editors
        .listArticlesNeedingReview()
        .map(({ article, review, publication }) => [article.slug, review.needs, publication]),
    ).toEqual([
      ['gamma-article', ['illustrative'], 'public'],
      ['beta-article', ['illustrative', 'updated-after-review'], 'public'],
      ['alpha-article', ['illustrative'], 'public'],
    ])
  })
})
