/**
 * The test data factories (tests/helpers/factories.ts): their defaults pass the schemas they are
 * typed from, both forms describe the same site, and no call leaks into the next.
 */
import { describe, expect, test } from 'vitest'
import { articleFrontmatterSchema, articleSchema, authorSchema, DATA_FILES, topicSchema } from '@/lib/content/schema'
import type { DataFileName } from '@/lib/content/schema'
import { bibliographySchema, referenceSchema } from '@/lib/editorial/bibliography'
import { formatProblem, validateContent } from '@/lib/content/validation'
import {
  articleFrontmatter,
  BATH_HEXTALL_2012,
  BIBLIOGRAPHY_IDS,
  makeArticle,
  makeArticleSource,
  makeAuthor,
  makeAuthorSource,
  makeContent,
  makeEditorialData,
  makeReference,
  makeTakeaway,
  makeTopic,
  makeTopicSource,
  makeWriter,
  placeholderReference,
  renderedBody,
} from '../helpers/factories'

/** As a file would hold it: dates as ISO strings, absent fields left out. */
const asWritten = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('defaults pass their schemas unchanged', () => {
  test('an article, with a takeaway', () => {
    const article = makeArticle({ takeaways: [makeTakeaway()] })
    expect(articleSchema.parse(asWritten(article))).toEqual(article)
  })

  test('a draft without a review, as drafts may be', () => {
    const draft = makeArticle({ status: 'draft', reviewedBy: undefined, reviewedAt: undefined })
    expect(articleSchema.parse(asWritten(draft))).toEqual(draft)
  })

  test('topics, authors and references', () => {
    for (const topic of [makeTopic(), makeTopic('skin-conditions', { order: 2 })]) {
      expect(topicSchema.parse(topic)).toEqual(topic)
    }
    for (const author of [makeAuthor(), makeWriter()]) expect(authorSchema.parse(author)).toEqual(author)
    for (const reference of [makeReference(), makeReference(BATH_HEXTALL_2012), placeholderReference('ref-x')]) {
      expect(referenceSchema.parse(reference)).toEqual(reference)
    }
  })

  test('the editorial data files', () => {
    const data = makeEditorialData()
    for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
      expect(DATA_FILES[name].schema.parse(data[name]), name).toEqual(data[name])
    }
    expect(bibliographySchema.parse(data.bibliography).references.map((reference) => reference.id)).toEqual([...BIBLIOGRAPHY_IDS])
  })
})

describe('both forms describe the same site', () => {
  test('makeArticle() is what the schema makes of articleFrontmatter()', () => {
    const { slug: _slug, sourcePath: _path, bodyMarkdown: _markdown, bodyHtml: _html, ...fields } = makeArticle()
    expect(articleFrontmatterSchema.parse(articleFrontmatter())).toEqual(fields)
  })

  test('the documents validate, with no problem, into makeContent()', async () => {
    const body = await renderedBody(`Cites [@${BIBLIOGRAPHY_IDS[0]}; @${BIBLIOGRAPHY_IDS[1]}].`)
    const writer = makeAuthorSource('wren-writer', { role: 'writer' })
    const reviewer = makeAuthorSource('rhea-reviewer', { credentials: 'MD, dermatologist' })
    const documents = [makeArticleSource(undefined, {}, body), makeTopicSource(), writer, reviewer]
    const { content, problems } = validateContent({ documents, data: makeEditorialData() }, 'content')
    expect(problems.map(formatProblem)).toEqual([])
    // Validation lists documents in file order: the reviewer's file comes before the writer's.
    expect(content).toEqual(makeContent({ articles: [makeArticle(body)], authors: [makeAuthor(), makeWriter()] }))
  })
})

describe('overrides', () => {
  test('fields that follow from the slug follow an overridden slug', () => {
    expect(makeArticle({ slug: 'fibre' }).sourcePath).toBe('articles/fibre.md')
    expect(makeTopic('skin-conditions')).toMatchObject({
      title: 'Skin conditions',
      description: 'Articles about skin conditions.',
      sourcePath: 'topics/skin-conditions.md',
    })
    expect(makeAuthor({ slug: 'sam-reviewer' }).sourcePath).toBe('authors/sam-reviewer.md')
    expect(makeAuthorSource('samuel-okafor').fields).toEqual({ name: 'Samuel Okafor', role: 'medical-reviewer' })
  })

  test('an article is reviewed on the day it was published unless told otherwise', () => {
    const publishedAt = new Date('2026-05-04T09:00:00Z')
    expect(makeArticle({ publishedAt }).reviewedAt).toEqual(publishedAt)
    expect(makeArticle({ publishedAt, reviewedAt: undefined }).reviewedAt).toBeUndefined()
  })

  test('a document takes its fields as given, invalid ones too', () => {
    const document = makeArticleSource('articles/a.md', { status: 'live', title: 42 })
    expect(document.fields).toMatchObject({ status: 'live', title: 42, author: 'wren-writer' })
  })
})

test('every call returns a new object: what one test changes, the next does not see', () => {
  const first = makeContent()
  first.articles[0]!.topics.push('lifestyle')
  first.articles[0]!.publishedAt.setUTCFullYear(1999)
  first.data.bibliography.references.pop()
  expect(makeContent()).toEqual(makeContent())
  expect(makeContent().articles[0]).toMatchObject({ topics: ['nutrients'], publishedAt: new Date('2026-03-01T00:00:00Z') })
  expect(makeContent().data.bibliography.references).toHaveLength(3)
})
