/**
 * Each feed against its format's rules (tests/helpers/feed-rules.ts: a JSON Schema of JSON Feed 1.1
 * with Ajv, well-formed XML, feedsmith's parser and the RSS 2.0 / RFC 4287 rules it does not
 * enforce), rather than our generator read back.
 */
import { describe, expect, test } from 'vitest'
import { buildFeed, JSON_FEED_VERSION, renderFeed } from '@/lib/publishing/feeds'
import { atomProblems, jsonFeedProblems, rssCreators, rssProblems } from '../../helpers/feed-rules'
import { syntheticStore, TOPICS } from '../../helpers/synthetic-store'

const SITE_URL = 'https://gut-skin.example'
const feedOf = (published: number, topic?: (typeof TOPICS)[number]) =>
  buildFeed(syntheticStore(published), { siteUrl: SITE_URL, topic })

describe('JSON Feed', () => {
  test.each([0, 1, 7])('with %i articles is valid JSON Feed 1.1', (published) => {
    expect(jsonFeedProblems(renderFeed(feedOf(published), 'json'))).toEqual([])
  })

  test('declares 1.1, its language, and each item’s authors (not 1.0’s author)', () => {
    const feed = JSON.parse(renderFeed(feedOf(2), 'json')) as Record<string, unknown> & { items: Record<string, unknown>[] }
    expect(feed.version).toBe(JSON_FEED_VERSION)
    expect(feed.language).toBe('en')
    expect(feed.items[0]?.authors).toEqual([{ name: 'Wren Writer', url: expect.stringMatching(/\/authors\/wren-writer$/) }])
    expect(feed.items.some((item) => 'author' in item)).toBe(false)
  })

  test('the rules reject what `feed` writes by itself (1.0 with `author`)', () => {
    const problems = jsonFeedProblems(feedOf(2).json1())
    expect(problems.join('\n')).toMatch(/version/)
    expect(problems.join('\n')).toMatch(/additionalProperty.*author/)
  })
})

describe('RSS', () => {
  test.each([0, 1, 7])('with %i articles follows RSS 2.0', (published) => {
    expect(rssProblems(renderFeed(feedOf(published), 'rss'))).toEqual([])
  })

  test('a topic feed follows RSS 2.0', () => {
    expect(rssProblems(renderFeed(feedOf(9, TOPICS[1]), 'rss'))).toEqual([])
  })

  test('names each item’s author in dc:creator, never as <author>', () => {
    const text = renderFeed(feedOf(3), 'rss')
    expect(rssCreators(text)).toEqual([['Wren Writer'], ['Wren Writer'], ['Wren Writer']])
    expect(text).not.toContain('<author>')
  })

  test('the rules reject what `feed` writes by itself (a name in <author>)', () => {
    expect(rssProblems(feedOf(1).rss2())).toEqual(['<author>Wren Writer</author> is not an e-mail address'])
  })
})

describe('Atom', () => {
  test.each([0, 1, 7])('with %i articles follows RFC 4287', (published) => {
    expect(atomProblems(renderFeed(feedOf(published), 'atom'))).toEqual([])
  })
})
