import { describe, expect, test } from 'vitest'
import { fieldPath } from '@/lib/content/validation'
import { articleFrontmatterSchema, authorFrontmatterSchema, slugSchema, topicFrontmatterSchema } from '@/lib/content/schema'
import { articleFrontmatter, makeAuthorSource, makeTakeaway, makeTopicSource } from '../../helpers/factories'

const DATE_MESSAGE = 'must be a date like 2026-03-01 or a date-time with an offset like 2026-03-01T09:00:00Z'

/** Published and reviewed on 1 March 2026; the date rules below count from that day. */
const article = articleFrontmatter({ publishedAt: '2026-03-01', reviewedAt: '2026-03-01' })

type Schema = typeof articleFrontmatterSchema | typeof topicFrontmatterSchema | typeof authorFrontmatterSchema

/** Each problem as `field: message`, the way the content step reports it. */
function problems(schema: Schema, input: unknown): string[] {
  const result = schema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys' ? `${issue.keys.join(', ')}: unknown field` : `${fieldPath(issue.path)}: ${issue.message}`,
  )
}

const articleProblems = (overrides: Record<string, unknown>) => problems(articleFrontmatterSchema, { ...article, ...overrides })

function without(key: keyof typeof article): Record<string, unknown> {
  const { [key]: _removed, ...rest } = article
  return rest
}

describe('article frontmatter', () => {
  test('valid frontmatter passes, with dates as instants', () => {
    const result = articleFrontmatterSchema.safeParse({
      ...article,
      topics: ['nutrients', 'dysbiosis'],
      updatedAt: '2026-03-05T09:30:00+02:00',
      reviewedBy: 'rhea-reviewer',
      reviewedAt: '2026-03-04',
    })
    expect(result.success).toBe(true)
    expect(result.data?.publishedAt).toEqual(new Date('2026-03-01T00:00:00Z'))
    expect(result.data?.updatedAt).toEqual(new Date('2026-03-05T07:30:00Z'))
    expect(result.data?.topics).toEqual(['nutrients', 'dysbiosis'])
  })

  test('title must be 1 to 120 characters', () => {
    expect(articleProblems({ title: 'x'.repeat(120) })).toEqual([])
    expect(articleProblems({ title: 'x'.repeat(121) })).toEqual(['title: title is 121 characters; the limit is 120'])
    expect(articleProblems({ title: '' })).toEqual(['title: must not be empty'])
    expect(articleProblems({ title: '   ' })).toEqual(['title: must not be empty'])
    expect(articleProblems({ title: 42 })).toEqual(['title: must be text'])
    expect(problems(articleFrontmatterSchema, without('title'))).toEqual(['title: is required'])
  })

  test('title is trimmed before its length is checked', () => {
    expect(articleProblems({ title: `  ${'x'.repeat(120)}  ` })).toEqual([])
    expect(articleFrontmatterSchema.parse({ ...article, title: '  Omega-3  ' }).title).toBe('Omega-3')
  })

  test('summary must be 1 to 280 characters', () => {
    expect(articleProblems({ summary: 'x'.repeat(280) })).toEqual([])
    expect(articleProblems({ summary: 'x'.repeat(281) })).toEqual(['summary: summary is 281 characters; the limit is 280'])
    expect(articleProblems({ summary: '' })).toEqual(['summary: must not be empty'])
    expect(problems(articleFrontmatterSchema, without('summary'))).toEqual(['summary: is required'])
  })

  test.each([
    '2026-03-01',
    '2026-03-01T09:00:00Z',
    '2026-03-01T09:00:00.250Z',
    '2026-03-01T09:00:00+02:00',
    '2026-03-01T09:00:00-05:00',
  ])('publishedAt accepts %s', (publishedAt) => {
    expect(articleProblems({ publishedAt })).toEqual([])
  })

  test.each([
    ['a time without an offset', '2026-03-01T09:00:00'],
    ['a day that does not exist', '2026-02-30'],
    ['words', 'March 3rd'],
    ['a day-first date', '01/03/2026'],
    ['an empty string', ''],
  ])('publishedAt refuses %s', (_case, publishedAt) => {
    expect(articleProblems({ publishedAt })).toEqual([`publishedAt: ${DATE_MESSAGE}`])
  })

  test('a calendar date means midnight UTC wherever the site is built', () => {
    expect(articleFrontmatterSchema.parse(article).publishedAt.toISOString()).toBe('2026-03-01T00:00:00.000Z')
  })

  test('publishedAt is required', () => {
    expect(problems(articleFrontmatterSchema, without('publishedAt'))).toEqual(['publishedAt: is required'])
  })

  test('updatedAt and reviewedAt use the same date rules', () => {
    expect(articleProblems({ updatedAt: '2026-03-02T10:00:00' })).toEqual([`updatedAt: ${DATE_MESSAGE}`])
    expect(articleProblems({ reviewedBy: 'rhea-reviewer', reviewedAt: 'soon' })).toEqual([`reviewedAt: ${DATE_MESSAGE}`])
  })

  test('updatedAt must not be before publishedAt', () => {
    expect(articleProblems({ updatedAt: '2026-02-28' })).toEqual(['updatedAt: must not be before publishedAt'])
    expect(articleProblems({ updatedAt: '2026-02-28T23:00:00-02:00' })).toEqual([]) // 1 March, 01:00 UTC
    expect(articleProblems({ updatedAt: '2026-03-01' })).toEqual([])
  })

  test('status is draft, review or published', () => {
    expect(articleProblems({ status: 'draft' })).toEqual([])
    expect(articleProblems({ status: 'review' })).toEqual([])
    expect(articleProblems({ status: 'live' })).toEqual(['status: must be one of: draft, review, published'])
    expect(articleProblems({ status: 'Published' })).toEqual(['status: must be one of: draft, review, published'])
    expect(problems(articleFrontmatterSchema, without('status'))).toEqual(['status: is required'])
  })

  test('topics is a non-empty list of kebab-case slugs', () => {
    expect(articleProblems({ topics: [] })).toEqual(['topics: must name at least one topic'])
    expect(articleProblems({ topics: ['nutrients', 'Gut Health'] })).toEqual([
      'topics[1]: must be lowercase kebab-case, e.g. "omega-3-and-skin"',
    ])
    expect(articleProblems({ topics: ['gut_health'] })).toEqual([
      'topics[0]: must be lowercase kebab-case, e.g. "omega-3-and-skin"',
    ])
    expect(articleProblems({ topics: 'nutrients' })).toEqual([
      'topics: must be a list of topic slugs, e.g. [dysbiosis, nutrients]',
    ])
    expect(problems(articleFrontmatterSchema, without('topics'))).toEqual(['topics: is required'])
  })

  test('author is a kebab-case slug', () => {
    expect(articleProblems({ author: 'Wren Writer' })).toEqual(['author: must be lowercase kebab-case, e.g. "omega-3-and-skin"'])
    expect(problems(articleFrontmatterSchema, without('author'))).toEqual(['author: is required'])
  })

  test('reviewedAt is required when reviewedBy is set', () => {
    expect(problems(articleFrontmatterSchema, without('reviewedAt'))).toEqual(['reviewedAt: is required when reviewedBy is set'])
    expect(articleProblems({ reviewedBy: 'rhea-reviewer', reviewedAt: '2026-03-01' })).toEqual([])
    expect(problems(articleFrontmatterSchema, { ...without('reviewedBy'), status: 'draft' })).toEqual([])
  })

  test('a published article must name its medical reviewer; a draft need not', () => {
    const unreviewed = { ...without('reviewedBy'), reviewedAt: undefined }
    expect(problems(articleFrontmatterSchema, unreviewed)).toEqual([
      'reviewedBy: is required for a published article: name its medical reviewer',
    ])
    expect(problems(articleFrontmatterSchema, { ...unreviewed, status: 'draft' })).toEqual([])
  })

  test('reviewedBy is a kebab-case slug', () => {
    expect(articleProblems({ reviewedBy: 'Dr Rhea' })).toEqual([
      'reviewedBy: must be lowercase kebab-case, e.g. "omega-3-and-skin"',
    ])
  })

  test('an unknown field is refused, not silently dropped', () => {
    const result = articleFrontmatterSchema.safeParse({ ...article, publishedat: '2026-01-01' })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['publishedat'], path: [] }),
    ])
  })

  test('reports every problem at once, including the rules that compare two fields', () => {
    expect(
      articleProblems({
        title: 'x'.repeat(121),
        summary: '',
        status: 'live',
        topics: [],
        updatedAt: '2026-01-01',
        reviewedBy: 'rhea-reviewer',
        reviewedAt: undefined,
        publishedat: '2026-01-01',
      }),
    ).toEqual(
      expect.arrayContaining([
        'title: title is 121 characters; the limit is 120',
        'summary: must not be empty',
        'status: must be one of: draft, review, published',
        'topics: must name at least one topic',
        'publishedat: unknown field',
        'updatedAt: must not be before publishedAt',
        'reviewedAt: is required when reviewedBy is set',
      ]),
    )
  })

  test('an unparseable publishedAt does not also produce a spurious date-order problem', () => {
    expect(articleProblems({ publishedAt: 'March 3rd', updatedAt: '2026-01-01' })).toEqual([`publishedAt: ${DATE_MESSAGE}`])
  })
})

describe('takeaways', () => {
  const takeaway = makeTakeaway({ cites: ['bath-hextall-2012'] })
  const takeaways = (...list: unknown[]) => articleProblems({ takeaways: list })

  test('are optional, and a list of { text, evidence, cites }', () => {
    expect(articleProblems({})).toEqual([])
    expect(takeaways(takeaway, { ...takeaway, text: 'Another claim.', evidence: 'strong', cites: ['a', 'b'] })).toEqual([])
    expect(articleFrontmatterSchema.parse({ ...article, takeaways: [{ ...takeaway, text: '  Trimmed.  ' }] }).takeaways).toEqual([
      { ...takeaway, text: 'Trimmed.' },
    ])
    expect(articleProblems({ takeaways: 'Fish oil helps.' })).toEqual(['takeaways: must be a list of { text, evidence, cites }'])
  })

  test.each(['strong', 'moderate', 'weak', 'mixed', 'contradicted'])('evidence %s is a grade', (evidence) => {
    expect(takeaways({ ...takeaway, evidence })).toEqual([])
  })

  test('any other evidence grade is refused, naming the grades', () => {
    expect(takeaways(takeaway, { ...takeaway, evidence: 'conclusive' })).toEqual([
      'takeaways[1].evidence: must be one of: strong, moderate, weak, mixed, contradicted',
    ])
    expect(takeaways({ ...takeaway, evidence: 'Strong' })).toEqual([
      'takeaways[0].evidence: must be one of: strong, moderate, weak, mixed, contradicted',
    ])
    expect(takeaways({ text: takeaway.text, cites: takeaway.cites })).toEqual(['takeaways[0].evidence: is required'])
  })

  test('cites names at least one bibliography id', () => {
    expect(takeaways({ ...takeaway, cites: [] })).toEqual(['takeaways[0].cites: must name at least one bibliography entry'])
    expect(takeaways({ ...takeaway, cites: 'bath-hextall-2012' })).toEqual([
      'takeaways[0].cites: must be a list of bibliography ids',
    ])
    expect(takeaways({ ...takeaway, cites: ['@bath-hextall-2012'] })).toEqual([
      'takeaways[0].cites[0]: must be a bibliography id, e.g. "salem-2018-gut-skin-axis"',
    ])
    expect(takeaways({ text: takeaway.text, evidence: 'weak' })).toEqual(['takeaways[0].cites: is required'])
  })

  test('text is 1 to 300 characters', () => {
    expect(takeaways({ ...takeaway, text: 'x'.repeat(300) })).toEqual([])
    expect(takeaways({ ...takeaway, text: 'x'.repeat(301) })).toEqual(['takeaways[0].text: is 301 characters; the limit is 300'])
    expect(takeaways({ ...takeaway, text: ' ' })).toEqual(['takeaways[0].text: must not be empty'])
  })

  test('an unknown key in a takeaway is refused', () => {
    expect(takeaways({ ...takeaway, grade: 'weak' })).toEqual(['grade: unknown field'])
    const result = articleFrontmatterSchema.safeParse({ ...article, takeaways: [{ ...takeaway, grade: 'weak' }] })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['grade'], path: ['takeaways', 0] }),
    ])
  })
})

describe('topic frontmatter', () => {
  const topic = makeTopicSource('nutrients').fields

  test('order is an optional whole number', () => {
    expect(problems(topicFrontmatterSchema, topic)).toEqual([])
    expect(problems(topicFrontmatterSchema, { ...topic, order: 2 })).toEqual([])
    expect(problems(topicFrontmatterSchema, { ...topic, order: 'first' })).toEqual(['order: must be a number'])
    expect(problems(topicFrontmatterSchema, { ...topic, order: 1.5 })).toEqual(['order: must be a whole number'])
  })

  test('title is at most 80 characters and description at most 280', () => {
    expect(problems(topicFrontmatterSchema, { ...topic, title: 'x'.repeat(81), description: 'x'.repeat(281) })).toEqual([
      'title: title is 81 characters; the limit is 80',
      'description: description is 281 characters; the limit is 280',
    ])
  })
})

describe('author frontmatter', () => {
  const author = makeAuthorSource('rhea-reviewer', { credentials: 'MD, dermatologist' }).fields

  test.each(['writer', 'editor', 'medical-reviewer'])('role %s is accepted', (role) => {
    expect(problems(authorFrontmatterSchema, { ...author, role })).toEqual([])
  })

  test('any other role is refused', () => {
    expect(problems(authorFrontmatterSchema, { ...author, role: 'author' })).toEqual([
      'role: must be one of: writer, editor, medical-reviewer',
    ])
    expect(problems(authorFrontmatterSchema, { name: 'Rhea Reviewer' })).toEqual(['role: is required'])
  })

  test('credentials are optional', () => {
    expect(problems(authorFrontmatterSchema, makeAuthorSource('wren-writer', { role: 'writer' }).fields)).toEqual([])
  })

  test('illustrative is optional, and true or false', () => {
    expect(problems(authorFrontmatterSchema, { ...author, illustrative: true })).toEqual([])
    expect(problems(authorFrontmatterSchema, { ...author, illustrative: false })).toEqual([])
    expect(authorFrontmatterSchema.parse(author).illustrative).toBeUndefined()
    for (const illustrative of ['yes', 'true', 1, null]) {
      expect(problems(authorFrontmatterSchema, { ...author, illustrative }), String(illustrative)).toEqual([
        'illustrative: must be true or false',
      ])
    }
  })
})

describe('reviewCovers: an update the last medical review covers', () => {
  const reviewed = { ...article, reviewedAt: '2026-03-04', updatedAt: '2026-03-06' }

  test('names an update after the review, up to the last one', () => {
    expect(problems(articleFrontmatterSchema, { ...reviewed, reviewCovers: '2026-03-06' })).toEqual([])
    expect(problems(articleFrontmatterSchema, { ...reviewed, reviewCovers: '2026-03-05' })).toEqual([])
    expect(articleFrontmatterSchema.parse({ ...reviewed, reviewCovers: '2026-03-06' }).reviewCovers).toEqual(
      new Date('2026-03-06T00:00:00Z'),
    )
  })

  test('is refused after updatedAt, not after reviewedAt, without updatedAt or without a review, or not a date', () => {
    const reviewCovers = (overrides: Record<string, unknown>) => problems(articleFrontmatterSchema, { ...reviewed, ...overrides })
    expect(reviewCovers({ reviewCovers: '2026-03-07' })).toEqual([
      'reviewCovers: must not be after updatedAt: it names an update that happened',
    ])
    expect(reviewCovers({ reviewCovers: '2026-03-04' })).toEqual([
      'reviewCovers: must be after reviewedAt: a review already covers the text before it',
    ])
    expect(reviewCovers({ reviewCovers: '2026-03-06', updatedAt: undefined })).toEqual([
      'reviewCovers: needs updatedAt: it names the update the last medical review covers',
    ])
    expect(reviewCovers({ reviewCovers: '2026-03-06', status: 'draft', reviewedBy: undefined, reviewedAt: undefined })).toEqual([
      'reviewCovers: needs reviewedAt: it names an update the last medical review covers',
    ])
    expect(reviewCovers({ reviewCovers: 'minor' })).toEqual([`reviewCovers: ${DATE_MESSAGE}`])
  })
})

test('slugs are lowercase kebab-case', () => {
  for (const slug of ['omega-3', 'gut-skin-axis', 'a1']) expect(slugSchema.safeParse(slug).success).toBe(true)
  for (const slug of ['Omega-3', 'omega_3', 'omega--3', '-omega', 'omega-', 'omega 3', '']) {
    expect(slugSchema.safeParse(slug).success, slug).toBe(false)
  }
})
