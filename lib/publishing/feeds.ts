/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and for each topic, generated with `feed`.
 * Items are the newest public articles, from the content store like every other list: a draft or a
 * scheduled article is never in a feed, in preview or not. The corrections feed lists the
 * corrections of public articles, from the same store.
 *
 * `feed` (6.0.0, its newest) writes JSON Feed 1.0 and puts a name in RSS's `<author>`, which the
 * RSS 2.0 specification reserves for an e-mail address. So two small corrections are made here:
 * RSS items carry the author's name in `dc:creator` (Dublin Core, the namespace `feed` declares)
 * and no `<author>`; the JSON Feed is rewritten to 1.1 (`authors`, `language`).
 */
import { Feed } from 'feed'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { lastModifiedOf, newestChangeOf, type ContentStore, type Topic } from '../content'
import {
  absoluteUrl,
  articleChangesPath,
  articlePath,
  authorPath,
  CORRECTIONS_FEED_PATH,
  CORRECTIONS_PATH,
  HOME_PATH,
  SITE_FEED_PATHS,
  topicFeedPath,
  topicPath,
  type FeedFormat,
} from '../routes'
import { MEDICAL_DISCLAIMER_LEAD, SITE } from '../site'
import { bylineSentence, presentProfile, reviewSentence } from '../editorial'

export type { FeedFormat } from '../routes'

export const FEED_ITEMS = 50

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** The `<link rel="alternate">` entries a page advertises: the site's feeds, and its topic's. */
export function feedAlternates(topic?: Pick<Topic, 'slug' | 'title'>): Record<string, { url: string; title: string }[]> {
  return {
    'application/rss+xml': [
      { url: SITE_FEED_PATHS.rss, title: `${SITE.name} (RSS)` },
      ...(topic ? [{ url: topicFeedPath(topic.slug), title: `${SITE.name}: ${topic.title} (RSS)` }] : []),
    ],
    'application/atom+xml': [{ url: SITE_FEED_PATHS.atom, title: `${SITE.name} (Atom)` }],
    'application/feed+json': [{ url: SITE_FEED_PATHS.json, title: `${SITE.name} (JSON Feed)` }],
  }
}

const URL_ATTRIBUTES: Record<string, string[]> = { a: ['href'], img: ['src'] }

/**
 * An article's HTML with every link and image made absolute, since feed readers show it away from
 * the site (`#ref-…` becomes the article's own address with that fragment).
 */
export function absoluteHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true })
  visit(tree, 'element', (element) => {
    for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = element.properties[attribute]
      if (typeof value === 'string') element.properties[attribute] = new URL(value, pageUrl).href
    }
  })
  return toHtml(tree)
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Closes each item's content: a feed reader shows the body without the page's reference list and
 * disclaimer, so say so and link to them; and it states the byline and the article's medical
 * review exactly as the page does (lib/editorial: an illustrative writer's or reviewer's notice
 * included).
 */
function feedFooter(articleUrl: string, byline: string, review: string): string {
  const bylineLine = byline ? `<p>${escapeHtml(byline)}</p>` : ''
  const reviewLine = review ? `<p>${escapeHtml(review)}</p>` : ''
  return `<hr>${bylineLine}${reviewLine}<p><em>${MEDICAL_DISCLAIMER_LEAD}</em> The references are on <a href="${articleUrl}#references-title">the article page</a>.</p>`
}

export interface FeedOptions {
  /** A topic's feed; the site's feed when absent. */
  topic?: Topic
  siteUrl?: string
}

/** The feed of the newest public articles (`FEED_ITEMS` at most), newest first. */
export function buildFeed(content: ContentStore, { topic, siteUrl = SITE.url }: FeedOptions = {}): Feed {
  const absolute = (path: string) => absoluteUrl(path, siteUrl)
  const articles = (topic ? content.listArticlesInTopic(topic.slug) : content.listArticles()).slice(0, FEED_ITEMS)
  const self = topic
    ? { rss: absolute(topicFeedPath(topic.slug)) }
    : { rss: absolute(SITE_FEED_PATHS.rss), atom: absolute(SITE_FEED_PATHS.atom), json: absolute(SITE_FEED_PATHS.json) }
  const feed = new Feed({
    id: absolute(topic ? topicPath(topic.slug) : HOME_PATH),
    link: absolute(topic ? topicPath(topic.slug) : HOME_PATH),
    title: topic ? `${topic.title} · ${SITE.name}` : SITE.name,
    description: topic ? topic.description : SITE.description,
    language: 'en',
    updated: newestChangeOf(articles),
    generator: SITE.name,
    feedLinks: self,
    copyright: `© ${SITE.name}`,
  })
  for (const category of topic ? [topic] : content.listTopics()) feed.addCategory(category.title)
  for (const article of articles) {
    const link = absolute(articlePath(article.slug))
    const author = content.getAuthor(article.author)
    const review = content.reviewOf(article)
    feed.addItem({
      id: link,
      link,
      title: article.title,
      description: article.summary,
      content: `${absoluteHtml(article.bodyHtml, link)}${feedFooter(link, author ? bylineSentence(author) : '', reviewSentence(review, review.reviewer))}`,
      // The name as the rule presents it: a placeholder's carries its notice.
      author: author ? [{ name: presentProfile(author).credit, link: absolute(authorPath(author.slug)) }] : [],
      category: content.topicsOf(article).map((articleTopic) => ({
        name: articleTopic.title,
        term: articleTopic.slug,
        domain: absolute(topicPath(articleTopic.slug)),
      })),
      date: lastModifiedOf(article),
      published: article.publishedAt,
    })
  }
  return feed
}

/**
 * The corrections feed: every correction of a public article, newest first (`FEED_ITEMS` at most),
 * each an item of its own linking to the article's "What changed" section.
 */
export function buildCorrectionsFeed(content: ContentStore, { siteUrl = SITE.url }: { siteUrl?: string } = {}): Feed {
  const absolute = (path: string) => absoluteUrl(path, siteUrl)
  const corrections = content.listCorrections().slice(0, FEED_ITEMS)
  const feed = new Feed({
    id: absolute(CORRECTIONS_PATH),
    link: absolute(CORRECTIONS_PATH),
    title: `Corrections · ${SITE.name}`,
    description: `Every correction to an article on ${SITE.name}, newest first: what was wrong and when it was put right.`,
    language: 'en',
    updated: corrections[0]?.date,
    generator: SITE.name,
    feedLinks: { rss: absolute(CORRECTIONS_FEED_PATH) },
    copyright: `© ${SITE.name}`,
  })
  for (const { article, date, summary } of corrections) {
    const link = absolute(articleChangesPath(article.slug))
    feed.addItem({
      id: `${absolute(articlePath(article.slug))}#correction-${date.toISOString().slice(0, 10)}`,
      link,
      title: `Correction: ${article.title}`,
      description: summary,
      content: `<p>${escapeHtml(summary)}</p><p><a href="${link}">What changed in this article</a></p>`,
      date,
    })
  }
  return feed
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

/** The same feed with each item's author as `dc:creator`: our authors have names, not e-mail addresses. */
function rssWithCreators(feed: Feed): string {
  const copy = new Feed(feed.options)
  for (const category of feed.categories) copy.addCategory(category)
  for (const { author, ...item } of feed.items) {
    const names = (author ?? []).map((each) => each.name).filter((name) => name !== undefined)
    copy.addItem({ ...item, extensions: names.map((name) => ({ name: 'dc:creator', objects: { _text: name } })) })
  }
  return copy.rss2()
}

interface JsonFeedAuthor {
  name?: string
  url?: string
  avatar?: string
}

/** `feed`'s JSON Feed 1.0 as 1.1: `authors` arrays instead of the deprecated `author`, and `language`. */
function jsonFeed11(feed: Feed): string {
  const { author, items, ...rest } = JSON.parse(feed.json1()) as {
    author?: JsonFeedAuthor
    items: ({ author?: JsonFeedAuthor } & Record<string, unknown>)[]
  }
  const upgraded = {
    ...rest,
    version: JSON_FEED_VERSION,
    ...(feed.options.language ? { language: feed.options.language } : {}),
    ...(author ? { authors: [author] } : {}),
    // Every author of the item, where 1.0 had room for the first only.
    items: items.map(({ author: _first, ...item }, index) => {
      const authors = (feed.items[index]?.author ?? []).map(({ name, link }) => ({ name, ...(link ? { url: link } : {}) }))
      return { ...item, ...(authors.length > 0 ? { authors } : {}) }
    }),
  }
  return JSON.stringify(upgraded, null, 4)
}

export function renderFeed(feed: Feed, format: FeedFormat): string {
  return format === 'rss' ? rssWithCreators(feed) : format === 'atom' ? feed.atom1() : jsonFeed11(feed)
}

/** A feed as an HTTP response. Feeds change when pages do: they are cached like pages (see app/layout.tsx). */
export function feedResponse(feed: Feed, format: FeedFormat): Response {
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } })
}

/**
 * The answer for the feed of a topic that does not exist: a plain-text 404 naming the known topics.
 * Sent by the proxy (proxy.ts) before the route is reached, and by the route itself as a fallback.
 */
export function unknownTopicFeedResponse(slug: string, content: Pick<ContentStore, 'listTopics'>): Response {
  const known = content
    .listTopics()
    .map((each) => each.slug)
    .join(', ')
  return new Response(`No topic "${slug}" (known topics: ${known}), so no feed.\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
