/**
 * `npm run content:report`: every public article whose medical review is overdue, with its
 * reviewer. The clock is fixed, so the tests do not depend on the day they run.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import { validateContent, type SourceDocument, type ValidContent } from '@/lib/content/validation'
import { toContentSource } from '@/lib/content/documents'
import { renderMarkdown } from '@/lib/content/markdown'
import { fixtureBuild } from '../helpers/build-fixture'
import { contentReport } from '../../scripts/content-report'

// The valid fixture's published articles were reviewed on 10 January, 10 February and 10 March 2026;
// the draft has no review.
let content: ValidContent

beforeAll(async () => {
  const build = await fixtureBuild('valid')
  expect(build.exitCode, build.output).toBe(0)
  content = loadContent(build.documents)
})

const at = (iso: string) => createContentStore(content, () => new Date(iso))
const overdue = (store: ContentStore) =>
  store.listOverdueReviews().map(({ article, review, reviewer }) => ({
    slug: article.slug,
    due: review.nextReviewDue.toISOString().slice(0, 10),
    reviewer: reviewer?.name,
  }))

describe('listOverdueReviews', () => {
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
    expect(overdue(at('2030-01-01T00:00:00Z')).map(({ slug }) => slug)).toEqual(['alpha-article', 'beta-article', 'gamma-article'])
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

  test('drafts and scheduled articles are not listed: readers cannot see them yet', async () => {
    const build = await fixtureBuild('valid')
    const source = toContentSource(build.documents)
    const body = 'Soon [@fixture-review-2020; @fixture-trial-2021].'
    const scheduled: SourceDocument = {
      collection: 'articles',
      sourcePath: 'articles/scheduled.md',
      fields: {
        title: 'Scheduled',
        summary: 'Scheduled for later.',
        publishedAt: '2031-01-01',
        status: 'published',
        topics: ['dysbiosis'],
        author: 'wren-writer',
        reviewedBy: 'rhea-reviewer',
        reviewedAt: '2025-01-01',
      },
      bodyMarkdown: body,
      bodyHtml: await renderMarkdown(body),
    }
    const { content: withScheduled, problems } = validateContent({ ...source, documents: [...source.documents, scheduled] }, 'content')
    expect(problems).toEqual([])
    const store = createContentStore(withScheduled, () => new Date('2030-01-01T00:00:00Z'))
    expect(store.listOverdueReviews().map(({ article }) => article.slug)).toEqual(['alpha-article', 'beta-article', 'gamma-article'])
  })
})

describe('the content:report script', () => {
  /** scripts/content-report.ts against the fixture at a fixed time: its output and exit code. */
  function report(iso: string): { output: string[]; exitCode: number | undefined } {
    const { lines, exitCode } = contentReport(at(iso))
    return { output: lines, exitCode: exitCode === 0 ? undefined : exitCode }
  }

  test('says so, and exits 0, when nothing is overdue', () => {
    expect(report('2026-06-01T00:00:00Z')).toEqual({ output: ['No medical reviews are overdue.'], exitCode: undefined })
  })

  test('lists each overdue article with its reviewer and due date, and exits 1', () => {
    expect(report('2027-02-15T00:00:00Z')).toEqual({
      output: [
        '2 articles overdue for medical review:',
        '- articles/alpha-article.md: reviewed 2026-01-10 by Rhea Reviewer (rhea-reviewer); due 2027-01-10',
        '- articles/beta-article.md: reviewed 2026-02-10 by Rhea Reviewer (rhea-reviewer); due 2027-02-10',
      ],
      exitCode: 1,
    })
  })

  test('one overdue article', () => {
    const { output } = report('2027-01-20T00:00:00Z')
    expect(output[0]).toBe('1 article overdue for medical review:')
    expect(output).toHaveLength(2)
  })
})
