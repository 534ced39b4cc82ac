import { describe, expect, test } from 'vitest'
import { ARTICLES_PER_PAGE } from '@/lib/content/store'
import { robotsRules, sitemapEntries } from '@/lib/publishing/sitemap'
import { NOW, syntheticArticle, syntheticStore } from '../../helpers/synthetic-store'

const SITE_URL = 'https://gut-skin.example'
const DAY = 24 * 60 * 60 * 1000

describe('sitemapEntries', () => {
  const published = ARTICLES_PER_PAGE * 2 + 3 // three index pages
  const store = syntheticStore(published)
  const entries = sitemapEntries(store, SITE_URL)
  const urls = entries.map((entry) => entry.url)

  test('lists exactly the public URLs: listing pages, topics, public articles and authors', () => {
    expect(urls).toEqual([
      `${SITE_URL}/`,
      `${SITE_URL}/articles`,
      `${SITE_URL}/articles/page/2`,
      `${SITE_URL}/articles/page/3`,
      `${SITE_URL}/topics`,
      `${SITE_URL}/topics/dysbiosis`,
      `${SITE_URL}/topics/nutrients`,
      `${SITE_URL}/topics/lifestyle`,
      ...Array.from({ length: published }, (_, index) => `${SITE_URL}/articles/article-${index + 1}`),
      `${SITE_URL}/authors`,
      `${SITE_URL}/authors/rhea-reviewer`,
      `${SITE_URL}/authors/wren-writer`,
    ])
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls.join(' ')).not.toMatch(/draft-article|scheduled-article/)
  })

  test('an article’s lastModified is its updatedAt, else its publishedAt', () => {
    const updatedAt = new Date(NOW.getTime() - DAY / 4)
    const withUpdate = syntheticStore(2, [syntheticArticle(3, { updatedAt })])
    const byUrl = new Map(sitemapEntries(withUpdate, SITE_URL).map((entry) => [entry.url, entry.lastModified]))
    expect(byUrl.get(`${SITE_URL}/articles/article-3`)).toEqual(updatedAt)
    expect(byUrl.get(`${SITE_URL}/articles/article-1`)).toEqual(syntheticArticle(1).publishedAt)
    // A list changed when its most recently changed article did.
    expect(byUrl.get(`${SITE_URL}/`)).toEqual(updatedAt)
    expect(byUrl.get(`${SITE_URL}/topics/dysbiosis`)).toEqual(updatedAt)
  })

  test('index pages and topics date from the articles they list', () => {
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.lastModified]))
    expect(byUrl.get(`${SITE_URL}/articles`)).toEqual(syntheticArticle(1).publishedAt)
    expect(byUrl.get(`${SITE_URL}/articles/page/2`)).toEqual(syntheticArticle(ARTICLES_PER_PAGE + 1).publishedAt)
    expect(byUrl.get(`${SITE_URL}/topics/lifestyle`)).toEqual(syntheticArticle(2).publishedAt)
  })

  test("an author's page dates from the public articles they wrote or reviewed, never from a draft", () => {
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.lastModified]))
    // The draft and the scheduled article are newer than article-1, and name the same people.
    expect(byUrl.get(`${SITE_URL}/authors/wren-writer`)).toEqual(syntheticArticle(1).publishedAt)
    expect(byUrl.get(`${SITE_URL}/authors/rhea-reviewer`)).toEqual(syntheticArticle(1).publishedAt)
    expect(byUrl.get(`${SITE_URL}/authors`)).toEqual(syntheticArticle(1).publishedAt)
  })

  test('a site with no public article still lists its home, index, topics and authors, without dates', () => {
    const empty = sitemapEntries(syntheticStore(0), SITE_URL)
    expect(empty.map((entry) => entry.url)).toEqual([
      `${SITE_URL}/`,
      `${SITE_URL}/articles`,
      `${SITE_URL}/topics`,
      `${SITE_URL}/topics/dysbiosis`,
      `${SITE_URL}/topics/nutrients`,
      `${SITE_URL}/topics/lifestyle`,
      `${SITE_URL}/authors`,
      `${SITE_URL}/authors/rhea-reviewer`,
      `${SITE_URL}/authors/wren-writer`,
    ])
    expect(empty.every((entry) => entry.lastModified === undefined)).toBe(true)
  })
})

describe('robotsRules', () => {
  test('allows the site, keeps crawlers out of preview and the API, and names the sitemap', () => {
    expect(robotsRules(SITE_URL)).toEqual({
      rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/preview'] }],
      sitemap: `${SITE_URL}/sitemap.xml`,
    })
  })
})
