/**
 * The feeds, read back with a real feed parser (@extractus/feed-extractor: RSS, Atom and JSON Feed)
 * rather than by looking at strings: what a feed reader would see.
 */
import { extractFromJson, extractFromXml, type FeedData } from '@extractus/feed-extractor'
import { describe, expect, test } from 'vitest'
import {
  absoluteHtml,
  buildFeed,
  FEED_ITEMS,
  feedAlternates,
  feedResponse,
  renderFeed,
  type FeedFormat,
} from '@/lib/publishing/feeds'
import { createContentStore } from '@/lib/content/store'
import {
  DRAFT_MARKER,
  NOW,
  SCHEDULED_MARKER,
  syntheticArticle,
  syntheticContent,
  syntheticStore,
  TOPICS,
} from '../../helpers/synthetic-store'

const SITE_URL = 'https://gut-skin.example'
const FORMATS: FeedFormat[] = ['rss', 'atom', 'json']

/** Keeps each entry's author, categories and full content, which normalization drops. */
function parse(text: string, format: FeedFormat): FeedData {
  const options = {
    descriptionMaxLen: 0,
    getExtraEntryFields: (entry: Record<string, unknown>) => ({ raw: entry }),
  }
  return format === 'json' ? extractFromJson(text, options) : extractFromXml(text, options)
}

function feedOf(published: number, format: FeedFormat, topic?: (typeof TOPICS)[number]) {
  const store = syntheticStore(published)
  const text = renderFeed(buildFeed(store, { siteUrl: SITE_URL, topic }), format)
  return { text, feed: parse(text, format), store }
}

describe.each(FORMATS)('the site feed as %s', (format) => {
  test(`holds the newest ${FEED_ITEMS} public articles, newest first`, () => {
    const { feed } = feedOf(60, format)
    expect(feed.title).toBe('Gut–Skin Axis')
    expect(feed.entries?.map((entry) => entry.title)).toEqual(
      Array.from({ length: FEED_ITEMS }, (_, index) => `Article ${index + 1}`),
    )
  })

  test('links every item absolutely to its article', () => {
    const { feed } = feedOf(3, format)
    expect(feed.entries?.map((entry) => entry.link)).toEqual([1, 2, 3].map((n) => `${SITE_URL}/articles/article-${n}`))
    expect(feed.link).toBe(`${SITE_URL}/`)
  })

  test('gives each item its summary, dates, author, topics and full content with absolute links', () => {
    const { text, feed } = feedOf(3, format)
    const [first] = feed.entries ?? []
    // The parser describes a JSON Feed item by its content; the summary is its own field there.
    const summary = format === 'json' ? (first?.raw as { summary?: string }).summary : first?.description
    expect(summary).toBe('Summary of article 1.')
    expect(first?.published).toBe(new Date('2026-05-31T12:00:00Z').toISOString())
    expect(text).toContain('Wren Writer')
    // article-3 is in two topics: both are categories.
    for (const topic of ['Dysbiosis', 'Nutrients']) expect(JSON.stringify(feed.entries?.[2])).toContain(topic)
    expect(text).toContain(`${SITE_URL}/topics/lifestyle`)
    expect(text).toContain(`${SITE_URL}/articles/article-1#ref-x`)
    expect(text).not.toMatch(/href=\\?"\/topics/)
    // A feed reader shows no reference list or disclaimer: each item says where they are.
    expect(text).toContain('For information, not a substitute for advice from your doctor.')
    expect(text).toContain(`${SITE_URL}/articles/article-1#references-title`)
  })

  test('never holds a draft or a scheduled article', () => {
    const { text, feed } = feedOf(5, format)
    expect(feed.entries).toHaveLength(5)
    expect(text).not.toContain(DRAFT_MARKER)
    expect(text).not.toContain(SCHEDULED_MARKER)
    expect(text).not.toContain('draft-article')
    expect(text).not.toContain('scheduled-article')
  })

  test('an empty site gives a feed with no items', () => {
    const store = syntheticStore(0)
    const text = renderFeed(buildFeed(store, { siteUrl: SITE_URL }), format)
    // The parser recognises Atom by its entries, so an empty Atom feed is checked by its root.
    if (format === 'atom') {
      expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
      expect(text).not.toContain('<entry>')
    } else {
      expect(parse(text, format).entries ?? []).toEqual([])
    }
  })
})

describe('a topic feed', () => {
  test('holds only that topic’s public articles, newest first, and names the topic', () => {
    const nutrients = TOPICS[1]!
    const { text, feed, store } = feedOf(12, 'rss', nutrients)
    const expected = store.listArticlesInTopic('nutrients').map((article) => article.title)
    expect(expected.length).toBeGreaterThan(0)
    expect(feed.entries?.map((entry) => entry.title)).toEqual(expected)
    expect(feed.title).toBe('Nutrients · Gut–Skin Axis')
    expect(feed.link).toBe(`${SITE_URL}/topics/nutrients`)
    expect(text).toContain(`<atom:link href="${SITE_URL}/topics/nutrients/feed.xml" rel="self"`)
    expect(text).not.toContain(DRAFT_MARKER)
    expect(text).not.toContain(SCHEDULED_MARKER)
  })
})

describe('absoluteHtml', () => {
  test('resolves links and images against the article’s address and leaves absolute ones alone', () => {
    expect(
      absoluteHtml(
        '<p><a href="/topics/x">t</a> <a href="#ref-a">1</a> <a href="https://doi.org/10.1/x">d</a><img src="/a.png" alt=""></p>',
        `${SITE_URL}/articles/a`,
      ),
    ).toBe(
      `<p><a href="${SITE_URL}/topics/x">t</a> <a href="${SITE_URL}/articles/a#ref-a">1</a> <a href="https://doi.org/10.1/x">d</a><img src="${SITE_URL}/a.png" alt=""></p>`,
    )
  })
})

describe('feedAlternates', () => {
  test('every page advertises the three site feeds; a topic page also its own', () => {
    expect(feedAlternates()).toEqual({
      'application/rss+xml': [{ url: '/feed.xml', title: 'Gut–Skin Axis (RSS)' }],
      'application/atom+xml': [{ url: '/atom.xml', title: 'Gut–Skin Axis (Atom)' }],
      'application/feed+json': [{ url: '/feed.json', title: 'Gut–Skin Axis (JSON Feed)' }],
    })
    expect(feedAlternates({ slug: 'nutrients', title: 'Nutrients' })['application/rss+xml']).toContainEqual({
      url: '/topics/nutrients/feed.xml',
      title: 'Gut–Skin Axis: Nutrients (RSS)',
    })
  })
})

describe('feedResponse', () => {
  test.each([
    ['rss', 'application/rss+xml; charset=utf-8'],
    ['atom', 'application/atom+xml; charset=utf-8'],
    ['json', 'application/feed+json; charset=utf-8'],
  ] as const)('serves %s as %s', async (format, contentType) => {
    const response = feedResponse(buildFeed(syntheticStore(2), { siteUrl: SITE_URL }), format)
    expect(response.headers.get('Content-Type')).toBe(contentType)
    expect(parse(await response.text(), format).entries).toHaveLength(2)
  })
})

describe.each(FORMATS)('the review each %s item states, as its page does', (format) => {
  const reviewedAt = new Date('2026-05-20T00:00:00Z')
  /** Two reviewed articles by the fixture's reviewer (illustrative or not); article-2 was updated after its review. */
  function reviewedFeed(illustrative: boolean) {
    const content = syntheticContent(0, [
      syntheticArticle(1, { reviewedBy: 'rhea-reviewer', reviewedAt }),
      syntheticArticle(2, { reviewedBy: 'rhea-reviewer', reviewedAt, updatedAt: new Date('2026-05-25T00:00:00Z') }),
    ])
    content.authors = content.authors.map((author) => (author.slug === 'rhea-reviewer' ? { ...author, illustrative } : author))
    const feed = parse(
      renderFeed(
        buildFeed(
          createContentStore(content, () => NOW),
          { siteUrl: SITE_URL },
        ),
        format,
      ),
      format,
    )
    const contentOf = (slug: string) => {
      const entry = feed.entries?.find((item) => item.link === `${SITE_URL}/articles/${slug}`)
      expect(entry, slug).toBeDefined()
      return JSON.stringify(entry?.raw)
    }
    return { first: contentOf('article-1'), second: contentOf('article-2') }
  }

  test('an illustrative reviewer: the notice, never "Medically reviewed by" or the placeholder\'s name', () => {
    const { first, second } = reviewedFeed(true)
    for (const item of [first, second]) {
      expect(item).toContain('Illustrative reviewer: demo content, not a real medical review.')
      expect(item).not.toMatch(/Medically reviewed|Rhea Reviewer/)
    }
  })

  test('a real reviewer: named with the date; an article updated since says so', () => {
    const { first, second } = reviewedFeed(false)
    expect(first).toContain('Medically reviewed by Rhea Reviewer, MD, dermatologist on 20 May 2026.')
    expect(first).not.toContain('Illustrative')
    expect(second).toContain('Updated after its last medical review: an earlier version was reviewed by Rhea Reviewer')
    expect(second).not.toContain('Medically reviewed by')
  })
})

describe.each(FORMATS)('the writer each %s item names', (format) => {
  /** One article by the fixture's writer, given credentials, and marked illustrative or not. */
  function writtenFeed(illustrative: boolean) {
    const content = syntheticContent(0, [syntheticArticle(1)])
    content.authors = content.authors.map((author) =>
      author.slug === 'wren-writer' ? { ...author, credentials: 'MSc, nutrition science', illustrative } : author,
    )
    const text = renderFeed(
      buildFeed(
        createContentStore(content, () => NOW),
        { siteUrl: SITE_URL },
      ),
      format,
    )
    const entry = parse(text, format).entries?.[0]
    expect(entry).toBeDefined()
    return { text, item: JSON.stringify(entry?.raw) }
  }

  test('an illustrative writer: named with the notice, never with the made-up credentials', () => {
    const { text, item } = writtenFeed(true)
    // The author field and the item's closing byline both carry the notice.
    expect(text).toContain('Wren Writer (illustrative author: demo content, not a real person)')
    expect(item).toContain('By Wren Writer. Illustrative author: demo content, not a real person.')
    expect(text).not.toContain('MSc')
  })

  test('a real writer: named with credentials in the byline, and the author linked to their page', () => {
    const { text, item } = writtenFeed(false)
    expect(item).toContain('By Wren Writer, MSc, nutrition science.')
    expect(text).not.toContain('Illustrative author')
    // RSS 2.0 has no author link; Atom and JSON Feed do.
    if (format !== 'rss') expect(text).toContain(`${SITE_URL}/authors/wren-writer`)
  })
})
