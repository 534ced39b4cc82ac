/**
 * Each feed format's rules, checked independently of the generator: JSON Feed 1.1 as a JSON Schema
 * written from the specification (https://www.jsonfeed.org/version/1.1/, no schema is published with
 * it), validated by Ajv; RSS 2.0 and Atom 1.0 parsed with fast-xml-parser's validator (well-formed
 * XML) and feedsmith (a strict parser that knows the Dublin Core namespace), then checked against
 * the rules of the RSS 2.0 specification and RFC 4287 that a parser does not enforce.
 */
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { XMLValidator } from 'fast-xml-parser'
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'

const author = {
  type: 'object',
  // "at least one" of the three (1.1 § authors).
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1 },
    url: { type: 'string', format: 'uri' },
    avatar: { type: 'string', format: 'uri' },
  },
  patternProperties: { '^_': {} },
  additionalProperties: false,
} as const

const authors = { type: 'array', items: author } as const

const item = {
  type: 'object',
  required: ['id'],
  // content_html or content_text must be present.
  anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
  properties: {
    id: { type: 'string', minLength: 1 },
    url: { type: 'string', format: 'uri' },
    external_url: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    content_html: { type: 'string' },
    content_text: { type: 'string' },
    summary: { type: 'string' },
    image: { type: 'string', format: 'uri' },
    banner_image: { type: 'string', format: 'uri' },
    date_published: { type: 'string', format: 'date-time' },
    date_modified: { type: 'string', format: 'date-time' },
    authors,
    tags: { type: 'array', items: { type: 'string' } },
    language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$' },
    attachments: { type: 'array' },
  },
  // `author` is 1.0's, deprecated in 1.1: a 1.1 feed uses `authors`.
  patternProperties: { '^_': {} },
  additionalProperties: false,
} as const

/** JSON Feed 1.1, top level. Unknown keys are allowed only as `_` extensions. */
export const JSON_FEED_1_1_SCHEMA = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: { type: 'string', format: 'uri' },
    icon: { type: 'string', format: 'uri' },
    favicon: { type: 'string', format: 'uri' },
    authors,
    language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$' },
    expired: { type: 'boolean' },
    hubs: { type: 'array' },
    items: { type: 'array', items: item },
  },
  patternProperties: { '^_': {} },
  additionalProperties: false,
} as const

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
addFormats(ajv)
const validateJsonFeed = ajv.compile(JSON_FEED_1_1_SCHEMA)

/** Every violation of JSON Feed 1.1 in `text`; none for a valid feed. */
export function jsonFeedProblems(text: string): string[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`]
  }
  const problems = validateJsonFeed(value)
    ? []
    : (validateJsonFeed.errors ?? []).map(
        (error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`,
      )
  try {
    parseJsonFeed(value)
  } catch (error) {
    problems.push(`feedsmith: ${(error as Error).message}`)
  }
  return problems
}

function wellFormed(text: string): string[] {
  const result = XMLValidator.validate(text)
  return result === true ? [] : [`not well-formed XML: ${result.err.msg} (line ${result.err.line})`]
}

// RSS 2.0 § elements of <item>: "<author> Email address of the author of the item."
const EMAIL_AUTHOR = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+( \(.+\))?$/
// RFC 822 dates as RSS 2.0 wants them, four-digit years (e.g. "Sun, 31 May 2026 12:00:00 GMT").
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/

/** Every violation of RSS 2.0 found in `text`, the raw `<author>` and `<pubDate>` texts included. */
export function rssProblems(text: string): string[] {
  const problems = wellFormed(text)
  if (problems.length > 0) return problems
  let feed: ReturnType<typeof parseRssFeed>
  try {
    feed = parseRssFeed(text)
  } catch (error) {
    return [`feedsmith: ${(error as Error).message}`]
  }
  for (const field of ['title', 'link', 'description'] as const)
    if (!feed[field]) problems.push(`<channel> has no <${field}>, which RSS 2.0 requires`)
  feed.items?.forEach((entry: { title?: string; description?: string }, index: number) => {
    if (!entry.title && !entry.description) problems.push(`item ${index}: neither <title> nor <description>`)
  })
  for (const [, value] of text.matchAll(/<author>([\s\S]*?)<\/author>/g))
    if (!EMAIL_AUTHOR.test(value!.trim())) problems.push(`<author>${value}</author> is not an e-mail address`)
  for (const [, value] of text.matchAll(/<pubDate>([\s\S]*?)<\/pubDate>/g))
    if (!RFC_822.test(value!.trim())) problems.push(`<pubDate>${value}</pubDate> is not an RFC 822 date`)
  if (text.includes('<dc:') && !/xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/.test(text))
    problems.push('dc: elements without the Dublin Core namespace')
  return problems
}

/** The Dublin Core creators of each RSS item, as a namespace-aware parser reads them. */
export function rssCreators(text: string): string[][] {
  return (parseRssFeed(text).items ?? []).map((entry) => entry.dc?.creators ?? [])
}

/** RFC 4287's requirements: feed id, title, updated; each entry id, title, updated; an author for each entry. */
export function atomProblems(text: string): string[] {
  const problems = wellFormed(text)
  if (problems.length > 0) return problems
  let feed: ReturnType<typeof parseAtomFeed>
  try {
    feed = parseAtomFeed(text)
  } catch (error) {
    return [`feedsmith: ${(error as Error).message}`]
  }
  for (const field of ['id', 'title', 'updated'] as const) if (!feed[field]) problems.push(`<feed> has no <${field}>`)
  const feedHasAuthor = (feed.authors?.length ?? 0) > 0
  feed.entries?.forEach((entry, index) => {
    for (const field of ['id', 'title', 'updated'] as const) if (!entry[field]) problems.push(`entry ${index} has no <${field}>`)
    if (!feedHasAuthor && !(entry.authors ?? []).some((each) => each.name))
      problems.push(`entry ${index} has no <author> with a <name>, and neither has the feed`)
  })
  return problems
}
