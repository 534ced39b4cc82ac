import { beforeAll, describe, expect, test } from 'vitest'
import { ContentError, createContentStore, isPublic, loadContent, readingMinutes, type ContentStore } from '@/lib/content/store'
import { validateContent, type ContentSource, type SourceDocument, type ValidContent } from '@/lib/content/validation'
import { toContentSource, type ContentlayerDocument } from '@/lib/content/source'
import { fixtureBuild } from '../../helpers/build-fixture'
import { makeArticleSource, makeTopicSource, renderedBody } from '../../helpers/factories'

/** After every fixture article's publishedAt (the latest, the draft's, is 2026-03-12). */
const NOW = new Date('2026-04-01T12:00:00Z')
const DRAFT_MARKER = 'DRAFT-MARKER-7f3a'
const FUTURE_MARKER = 'FUTURE-MARKER-c41e'

/** A published article whose publishedAt is after NOW: scheduled, not yet public. */
const scheduledBody = `Body with ${FUTURE_MARKER} [@fixture-review-2020; @fixture-cohort-2019].`
const scheduled = makeArticleSource(
  'articles/scheduled-article.md',
  {
    title: 'Scheduled article',
    summary: 'Summary of Scheduled article.',
    publishedAt: '2026-04-01T12:00:01Z',
    topics: ['dysbiosis', 'nutrients'],
    reviewedAt: '2026-03-20',
  },
  await renderedBody(scheduledBody),
)

/** The fixture build's documents and data files, plus `extra` documents. */
function sourceWith(...extra: SourceDocument[]): ContentSource {
  const { documents: read, data } = toContentSource(documents)
  return { documents: [...extra.slice(0, 1), ...read, ...extra.slice(1)], data }
}

let documents: ContentlayerDocument[]
let content: ValidContent
let store: ContentStore

beforeAll(async () => {
  const build = await fixtureBuild('valid')
  expect(build.exitCode, build.output).toBe(0)
  documents = build.documents
  const fixture = loadContent(documents, 'tests/fixtures/content/valid')
  const withScheduled = validateContent(sourceWith(scheduled), 'content')
  expect(withScheduled.problems).toEqual([])
  content = withScheduled.content
  expect(content.articles).toHaveLength(fixture.articles.length + 1)
  store = createContentStore(content, () => NOW)
})

const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug)

describe('what is public', () => {
  test('the fixture has a draft and a scheduled article to hide', () => {
    const draft = content.articles.find((article) => article.slug === 'draft-article')
    expect(draft?.status).toBe('draft')
    expect(draft?.bodyMarkdown).toContain(DRAFT_MARKER)
    expect(isPublic(draft!, NOW)).toBe(false)
    const future = content.articles.find((article) => article.slug === 'scheduled-article')
    expect(future?.status).toBe('published')
    expect(isPublic(future!, NOW)).toBe(false)
  })

  test('listArticles: public articles only, newest first', () => {
    expect(slugs(store.listArticles())).toEqual(['gamma-article', 'beta-article', 'alpha-article'])
  })

  test('getArticle finds public articles and not the draft or the scheduled one', () => {
    expect(store.getArticle('beta-article')?.title).toBe('Beta article')
    expect(store.getArticle('draft-article')).toBeUndefined()
    expect(store.getArticle('scheduled-article')).toBeUndefined()
    expect(store.getArticle('no-such-article')).toBeUndefined()
  })

  test("no list carries the hidden articles' text", () => {
    const everything = JSON.stringify([
      store.listArticles(),
      store.getArticlePage(1),
      store.listTopics(),
      ...['dysbiosis', 'nutrients', 'lifestyle'].map((topic) => store.listArticlesInTopic(topic)),
      ...['alpha-article', 'beta-article', 'gamma-article'].map((slug) => store.getAdjacentArticles(slug)),
      store.listingsOf(store.listArticles()),
    ])
    expect(everything).toContain('Gamma article')
    expect(everything).not.toContain(DRAFT_MARKER)
    expect(everything).not.toContain(FUTURE_MARKER)
    expect(everything).not.toContain('Draft article')
    expect(everything).not.toContain('Scheduled article')
  })

  test('listTopics counts public articles only', () => {
    expect(store.listTopics().map((topic) => [topic.slug, topic.articleCount])).toEqual([
      ['dysbiosis', 2], // alpha, beta; not the draft or the scheduled article
      ['nutrients', 1], // beta; not the scheduled article
      ['lifestyle', 1], // gamma
    ])
  })

  test('listArticlesInTopic: public articles in the topic, newest first', () => {
    expect(slugs(store.listArticlesInTopic('dysbiosis'))).toEqual(['beta-article', 'alpha-article'])
    expect(slugs(store.listArticlesInTopic('nutrients'))).toEqual(['beta-article'])
    expect(store.listArticlesInTopic('no-such-topic')).toEqual([])
  })

  test('getAdjacentArticles skips hidden articles', () => {
    const adjacent = (slug: string) => {
      const { newer, older } = store.getAdjacentArticles(slug)
      return { newer: newer?.slug, older: older?.slug }
    }
    // The draft (12 March) is newer than gamma (10 March), but not public.
    expect(adjacent('gamma-article')).toEqual({ newer: undefined, older: 'beta-article' })
    expect(adjacent('beta-article')).toEqual({ newer: 'gamma-article', older: 'alpha-article' })
    expect(adjacent('alpha-article')).toEqual({ newer: 'beta-article', older: undefined })
    expect(store.getAdjacentArticles('draft-article')).toEqual({})
    expect(store.getAdjacentArticles('scheduled-article')).toEqual({})
  })

  test('the clock is read on every call: a scheduled article appears once its time has come', () => {
    let now = NOW
    const live = createContentStore(content, () => now)
    expect(live.getArticle('scheduled-article')).toBeUndefined()
    now = new Date('2026-04-01T12:00:01Z')
    expect(live.getArticle('scheduled-article')?.title).toBe('Scheduled article')
    expect(slugs(live.listArticles())[0]).toBe('scheduled-article')
    expect(live.listTopics().find((topic) => topic.slug === 'nutrients')?.articleCount).toBe(2)
    expect(live.getArticle('draft-article')).toBeUndefined()
  })

  test('before any publishedAt, nothing is public', () => {
    const early = createContentStore(content, () => new Date('2026-01-09T23:59:59Z'))
    expect(early.listArticles()).toEqual([])
    expect(early.getArticlePage(1)).toEqual({ articles: [], page: 1, pageCount: 1, total: 0 })
    expect(early.listTopics().map((topic) => topic.articleCount)).toEqual([0, 0, 0])
  })
})

describe('getArticlePage', () => {
  test('one page holds every public article by default', () => {
    const page = store.getArticlePage(1)
    expect(page && { ...page, articles: slugs(page.articles) }).toEqual({
      articles: ['gamma-article', 'beta-article', 'alpha-article'],
      page: 1,
      pageCount: 1,
      total: 3,
    })
  })

  test('perPage splits the public articles into pages', () => {
    const first = store.getArticlePage(1, 2)
    const second = store.getArticlePage(2, 2)
    expect(first && { ...first, articles: slugs(first.articles) }).toEqual({
      articles: ['gamma-article', 'beta-article'],
      page: 1,
      pageCount: 2,
      total: 3,
    })
    expect(second && { ...second, articles: slugs(second.articles) }).toEqual({
      articles: ['alpha-article'],
      page: 2,
      pageCount: 2,
      total: 3,
    })
    expect(store.getArticlePage(3, 1)?.articles.map((a) => a.slug)).toEqual(['alpha-article'])
    expect(store.getArticlePage(1, 3)?.pageCount).toBe(1)
  })

  test.each([0, -1, 2, 3, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('page %s does not exist', (page) => {
    expect(store.getArticlePage(page)).toBeUndefined()
  })

  test('a page past the end with a small perPage does not exist', () => {
    expect(store.getArticlePage(4, 1)).toBeUndefined()
    expect(store.getArticlePage(3, 2)).toBeUndefined()
  })
})

describe('topics and authors', () => {
  test('topics are in editorial order, not alphabetical', () => {
    expect(store.listTopics().map((topic) => topic.slug)).toEqual(['dysbiosis', 'nutrients', 'lifestyle'])
    const beta = store.getArticle('beta-article')!
    expect(store.topicsOf(beta).map((topic) => topic.slug)).toEqual(['dysbiosis', 'nutrients'])
  })

  test('topics without an order come last, by title', () => {
    const source = sourceWith(makeTopicSource('zinc'), makeTopicSource('acne'))
    const { content: withExtra, problems } = validateContent(source, 'content')
    expect(problems).toEqual([])
    expect(
      createContentStore(withExtra, () => NOW)
        .listTopics()
        .map((topic) => topic.slug),
    ).toEqual(['dysbiosis', 'nutrients', 'lifestyle', 'acne', 'zinc'])
  })

  test('getTopic and getAuthor look up by slug', () => {
    expect(store.getTopic('nutrients')?.title).toBe('Nutrients')
    expect(store.getTopic('nutrient')).toBeUndefined()
    expect(store.getAuthor('rhea-reviewer')).toMatchObject({
      name: 'Rhea Reviewer',
      role: 'medical-reviewer',
      credentials: 'MD, dermatologist',
    })
    expect(store.getAuthor('wren-writer')?.credentials).toBeUndefined()
    expect(store.getAuthor('nobody')).toBeUndefined()
  })

  test('listingsOf gives each article its topics and a reading time of at least a minute', () => {
    const listings = store.listingsOf(store.listArticles())
    expect(listings.map(({ article, topics }) => [article.slug, topics.map((topic) => topic.slug)])).toEqual([
      ['gamma-article', ['lifestyle']],
      ['beta-article', ['dysbiosis', 'nutrients']],
      ['alpha-article', ['dysbiosis']],
    ])
    for (const { readingMinutes: minutes } of listings) expect(minutes).toBeGreaterThanOrEqual(1)
  })
})

describe('readingMinutes', () => {
  const withBody = (bodyMarkdown: string) => ({ ...store.getArticle('alpha-article')!, bodyMarkdown })

  test('is at least 1, even for an empty body', () => {
    expect(readingMinutes(withBody(''))).toBe(1)
    expect(readingMinutes(withBody('Short.'))).toBe(1)
  })

  test('grows with the length of the body', () => {
    expect(readingMinutes(withBody('word '.repeat(2000)))).toBe(10) // reading-time assumes 200 words a minute
  })
})

describe('loadContent', () => {
  test('returns the validated content of valid documents', () => {
    const loaded = loadContent(documents)
    expect(loaded.articles.map((article) => article.slug).sort()).toEqual([
      'alpha-article',
      'beta-article',
      'draft-article',
      'gamma-article',
    ])
    expect(loaded.articles.every((article) => article.publishedAt instanceof Date)).toBe(true)
  })

  test('throws a ContentError listing every problem', () => {
    const broken = documents.map((document) => {
      if (document._raw.sourceFilePath === 'articles/alpha-article.md') return { ...document, topics: ['dysbiosis', 'nutrient'] }
      if (document._raw.sourceFilePath === 'authors/wren-writer.md') return { ...document, role: 'author' }
      return document
    })
    let error: unknown
    try {
      loadContent(broken, 'content')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).name).toBe('ContentError')
    expect((error as ContentError).message.split('\n')).toEqual([
      'Content has 2 problems:',
      'content/articles/alpha-article.md: topics[1]: unknown topic "nutrient" (known: dysbiosis, lifestyle, nutrients)',
      'content/authors/wren-writer.md: role: must be one of: writer, editor, medical-reviewer',
    ])
  })

  test('treats null fields from contentlayer2 as absent', () => {
    const withNulls = documents.map((document) =>
      document._raw.sourceFilePath === 'articles/alpha-article.md' ? { ...document, updatedAt: null } : document,
    )
    expect(() => loadContent(withNulls)).not.toThrow()
  })
})

describe('references and reviews', () => {
  const ids = (slug: string) =>
    store.referencesOf(store.getArticle(slug) ?? content.articles.find((a) => a.slug === slug)!).map((r) => r.id)

  test('referencesOf: body citations in order of first use, then works cited only by takeaways', () => {
    // alpha cites review, then trial in its body; its first takeaway cites the report (and the trial).
    expect(ids('alpha-article')).toEqual(['fixture-review-2020', 'fixture-trial-2021', 'fixture-report-2022'])
    // beta's takeaway cites the cohort study its body cites first: listed once.
    expect(ids('beta-article')).toEqual(['fixture-cohort-2019', 'fixture-review-2020'])
    expect(ids('gamma-article')).toEqual(['fixture-cohort-2019', 'fixture-trial-2021'])
    expect(ids('draft-article')).toEqual([])
  })

  test('referencesOf gives whole bibliography entries', () => {
    const [first] = store.referencesOf(store.getArticle('alpha-article')!)
    expect(first).toMatchObject({
      id: 'fixture-review-2020',
      doi: '10.1234/fixture.2020.001',
      journal: 'Journal of Fixtures',
      year: 2020,
    })
  })

  test('getReference looks an entry up by id', () => {
    expect(store.getReference('fixture-trial-2021')?.pmid).toBe('30000002')
    expect(store.getReference('no-such-entry')).toBeUndefined()
  })

  test("reviewOf: the review date, when the next review is due, and whether it is overdue, at the store's clock", () => {
    expect(store.reviewOf(store.getArticle('alpha-article')!)).toEqual({
      claim: 'reviewed',
      needs: [],
      reviewedAt: new Date('2026-01-10T00:00:00Z'),
      nextReviewDue: new Date('2027-01-10T00:00:00Z'),
      overdue: false,
      reviewer: expect.objectContaining({ slug: 'rhea-reviewer', name: 'Rhea Reviewer' }),
    })
    const later = createContentStore(content, () => new Date('2027-01-11T00:00:00Z'))
    expect(later.reviewOf(later.getArticle('alpha-article')!)).toMatchObject({
      claim: 'overdue',
      needs: ['overdue'],
      overdue: true,
    })
    expect(store.reviewOf(content.articles.find((article) => article.slug === 'draft-article')!)).toEqual({
      claim: 'none',
      needs: [],
    })
  })
})
