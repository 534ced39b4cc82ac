/**
 * The content API tells the same truth about medical review as the article page, its JSON-LD and
 * the feeds (issue 18): on the real content every reviewer is an illustrative placeholder, so no
 * article claims a review, names a reviewer or gives review dates.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import { ILLUSTRATIVE_REVIEW_NOTICE } from '@/lib/editorial/review'
import { ILLUSTRATIVE_PROFILE_NOTICE } from '@/lib/editorial/authorship'
import { buildFixture, fixtureBuild } from '../../helpers/build-fixture'
import { callApi, read, SITE_URL } from '../../helpers/api'

interface AuthorBody {
  slug: string
  illustrative: boolean
  notice: string | null
  credentials: string | null
  url: string
}

interface ReviewBody {
  claim: string
  statement: string
  coversCurrentText: boolean
  reviewedAt: string | null
  nextReviewDue: string | null
  overdue: boolean
}

async function article(store: ContentStore, slug: string): Promise<{ review: ReviewBody | null; reviewer: unknown }> {
  const { status, body } = await read(callApi(store, `/api/v1/articles/${slug}`))
  expect(status).toBe(200)
  return body as { review: ReviewBody | null; reviewer: unknown }
}

describe('on the real content, whose reviewers are illustrative', () => {
  let store: ContentStore
  beforeAll(async () => {
    const build = await buildFixture('content')
    expect(build.exitCode, build.output).toBe(0)
    store = createContentStore(loadContent(build.documents), () => new Date('2026-12-01T12:00:00Z'))
  })

  test('no article claims a review, names a reviewer or gives review dates', async () => {
    const slugs = store.listArticles().map((each) => each.slug)
    expect(slugs.length).toBeGreaterThan(0)
    for (const slug of slugs) {
      const { review, reviewer } = await article(store, slug)
      expect(review, slug).toEqual({
        claim: 'illustrative',
        statement: ILLUSTRATIVE_REVIEW_NOTICE,
        coversCurrentText: false,
        reviewedAt: null,
        nextReviewDue: null,
        overdue: false,
      })
      expect(reviewer, slug).toBeNull()
    }
  })

  test('bylines say when a person is a placeholder: flagged, with the notice, no credentials, and a link to the page', async () => {
    const { status, body } = await read(callApi(store, '/api/v1/authors'))
    expect(status).toBe(200)
    const authors = (body as { data: AuthorBody[] }).data
    expect(authors.length).toBeGreaterThan(0)
    for (const author of authors) {
      expect(author, author.slug).toMatchObject({
        illustrative: true,
        notice: ILLUSTRATIVE_PROFILE_NOTICE,
        credentials: null,
        url: `${SITE_URL}/authors/${author.slug}`,
      })
    }
    // Every article's byline too, in lists and in full.
    const first = store.listArticles()[0]!
    const { author } = (await read(callApi(store, `/api/v1/articles/${first.slug}`))).body as { author: AuthorBody }
    expect(author).toMatchObject({ illustrative: true, notice: ILLUSTRATIVE_PROFILE_NOTICE, credentials: null })
    const list = (await read(callApi(store, '/api/v1/articles'))).body as { data: { author: AuthorBody }[] }
    expect(list.data.every((each) => each.author.illustrative && each.author.credentials === null)).toBe(true)
  })
})

describe('on the valid fixture, whose reviewer is real', () => {
  test('a current review names its reviewer and dates; an overdue one says so', async () => {
    const build = await fixtureBuild('valid')
    expect(build.exitCode, build.output).toBe(0)
    const content = loadContent(build.documents)
    const now = await article(
      createContentStore(content, () => new Date('2026-06-01T00:00:00Z')),
      'alpha-article',
    )
    expect(now.review).toMatchObject({
      claim: 'reviewed',
      coversCurrentText: true,
      reviewedAt: '2026-01-10T00:00:00.000Z',
      overdue: false,
    })
    expect(now.review?.statement).toMatch(/^Medically reviewed by Rhea Reviewer/)
    expect(now.reviewer).toMatchObject({
      slug: 'rhea-reviewer',
      illustrative: false,
      notice: null,
      credentials: 'MD, dermatologist',
      url: `${SITE_URL}/authors/rhea-reviewer`,
    })
    const later = await article(
      createContentStore(content, () => new Date('2027-02-01T00:00:00Z')),
      'alpha-article',
    )
    expect(later.review).toMatchObject({ claim: 'overdue', overdue: true, coversCurrentText: true })
    expect(later.review?.statement).toMatch(/The review is overdue/)
  })
})
