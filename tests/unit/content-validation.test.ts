import { describe, expect, test } from 'vitest'
import {
  fieldPath,
  formatProblem,
  formatProblems,
  validateContent,
  type ContentProblem,
  type SourceDocument,
} from '@/lib/content-validation'

function source(collection: SourceDocument['collection'], sourcePath: string, fields: Record<string, unknown>): SourceDocument {
  return { collection, sourcePath, fields, bodyMarkdown: 'Body.', bodyHtml: '<p>Body.</p>' }
}

const topic = (slug: string, order?: number) =>
  source('topics', `topics/${slug}.md`, { title: slug, description: `About ${slug}.`, ...(order === undefined ? {} : { order }) })

const author = (slug: string, role: string) => source('authors', `authors/${slug}.md`, { name: slug, role })

const article = (sourcePath: string, fields: Record<string, unknown> = {}) =>
  source('articles', sourcePath, {
    title: 'An article',
    summary: 'A summary.',
    publishedAt: '2026-01-01',
    status: 'published',
    topics: ['dysbiosis'],
    author: 'wren-writer',
    ...fields,
  })

const site = [
  topic('dysbiosis', 1),
  topic('nutrients', 2),
  topic('lifestyle', 3),
  author('wren-writer', 'writer'),
  author('eli-editor', 'editor'),
  author('rhea-reviewer', 'medical-reviewer'),
]

/** Problems as the content step prints them. */
function problemLines(documents: SourceDocument[]): string[] {
  return validateContent(documents, 'content').problems.map(formatProblem)
}

describe('validateContent', () => {
  test('valid documents produce typed content and no problems', () => {
    const { content, problems } = validateContent(
      [...site, article('articles/omega-3.md', { reviewedBy: 'rhea-reviewer', reviewedAt: '2026-01-02' })],
      'content',
    )
    expect(problems).toEqual([])
    expect(content.topics.map((t) => t.slug).sort()).toEqual(['dysbiosis', 'lifestyle', 'nutrients'])
    expect(content.authors.map((a) => a.slug).sort()).toEqual(['eli-editor', 'rhea-reviewer', 'wren-writer'])
    expect(content.articles).toHaveLength(1)
    expect(content.articles[0]).toMatchObject({
      slug: 'omega-3',
      sourcePath: 'articles/omega-3.md',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      bodyMarkdown: 'Body.',
      bodyHtml: '<p>Body.</p>',
    })
  })

  test('an unknown topic names the file, the list index and the known topics', () => {
    expect(problemLines([...site, article('articles/omega-3.md', { topics: ['dysbiosis', 'nutrient'] })])).toEqual([
      'content/articles/omega-3.md: topics[1]: unknown topic "nutrient" (known: dysbiosis, lifestyle, nutrients)',
    ])
  })

  test('messages use the given content folder label', () => {
    const { problems } = validateContent([...site, article('articles/omega-3.md', { topics: ['nutrient'] })], 'tests/fixtures/x')
    expect(problems).toEqual([
      {
        file: 'tests/fixtures/x/articles/omega-3.md',
        field: 'topics[0]',
        message: 'unknown topic "nutrient" (known: dysbiosis, lifestyle, nutrients)',
      },
    ])
  })

  test('an unknown author', () => {
    expect(problemLines([...site, article('articles/omega-3.md', { author: 'nobody' })])).toEqual([
      'content/articles/omega-3.md: author: unknown author "nobody" (known: eli-editor, rhea-reviewer, wren-writer)',
    ])
  })

  test('an unknown reviewer', () => {
    expect(
      problemLines([...site, article('articles/omega-3.md', { reviewedBy: 'dr-nobody', reviewedAt: '2026-01-02' })]),
    ).toEqual(['content/articles/omega-3.md: reviewedBy: unknown author "dr-nobody" (known: eli-editor, rhea-reviewer, wren-writer)'])
  })

  test.each([
    ['writer', 'wren-writer'],
    ['editor', 'eli-editor'],
  ])('a reviewer with the %s role is refused', (role, slug) => {
    expect(problemLines([...site, article('articles/omega-3.md', { reviewedBy: slug, reviewedAt: '2026-01-02' })])).toEqual([
      `content/articles/omega-3.md: reviewedBy: "${slug}" has role "${role}", but a reviewer must be a medical-reviewer (medical reviewers: rhea-reviewer)`,
    ])
  })

  test('with no medical reviewers at all, the message says so', () => {
    const documents = [topic('dysbiosis'), author('wren-writer', 'writer'), article('articles/a.md', { reviewedBy: 'wren-writer', reviewedAt: '2026-01-02' })]
    expect(problemLines(documents)).toEqual([
      'content/articles/a.md: reviewedBy: "wren-writer" has role "writer", but a reviewer must be a medical-reviewer (medical reviewers: none)',
    ])
  })

  test('the same slug in two subfolders is reported on the second file, naming the first', () => {
    expect(
      problemLines([...site, article('articles/2025/same-slug.md'), article('articles/2026/same-slug.md')]),
    ).toEqual(['content/articles/2026/same-slug.md: slug: "same-slug" is also used by content/articles/2025/same-slug.md'])
  })

  test('the same slug in different collections is allowed', () => {
    expect(problemLines([...site, article('articles/dysbiosis.md')])).toEqual([])
  })

  test('a file name that is not kebab-case', () => {
    expect(problemLines([...site, article('articles/Bad_Name.md')])).toEqual([
      'content/articles/Bad_Name.md: slug: must be lowercase kebab-case, e.g. "omega-3-and-skin"',
    ])
  })

  test('an unknown field lists the known ones', () => {
    expect(problemLines([...site, article('articles/a.md', { publishedat: '2026-01-01' })])).toEqual([
      'content/articles/a.md: publishedat: unknown field (known: title, summary, publishedAt, updatedAt, status, topics, author, reviewedBy, reviewedAt)',
    ])
  })

  test('field problems and reference problems of one article are all reported', () => {
    const lines = problemLines([...site, article('articles/a.md', { title: '', topics: ['nutrient'], author: 'nobody' })])
    expect(lines).toEqual(
      expect.arrayContaining([
        'content/articles/a.md: title: must not be empty',
        'content/articles/a.md: topics[0]: unknown topic "nutrient" (known: dysbiosis, lifestyle, nutrients)',
        'content/articles/a.md: author: unknown author "nobody" (known: eli-editor, rhea-reviewer, wren-writer)',
      ]),
    )
    expect(lines).toHaveLength(3)
  })

  test('a topic that fails its own schema still exists for references, so it is reported once', () => {
    const brokenTopic = source('topics', 'topics/broken.md', { title: 'Broken', description: 'x', order: 'first' })
    expect(problemLines([...site, brokenTopic, article('articles/a.md', { topics: ['broken'] })])).toEqual([
      'content/topics/broken.md: order: must be a number',
    ])
  })

  test('invalid documents are left out of the content, valid ones kept', () => {
    const { content } = validateContent([...site, article('articles/good.md'), article('articles/bad.md', { status: 'live' })], 'content')
    expect(content.articles.map((a) => a.slug)).toEqual(['good'])
  })
})

describe('formatProblems', () => {
  const problems: ContentProblem[] = [
    { file: 'content/topics/b.md', field: 'order', message: 'must be a number' },
    { file: 'content/articles/a.md', field: 'title', message: 'must not be empty' },
    { file: 'content/stray.txt', message: 'not part of any collection' },
    { file: 'content/articles/a.md', field: 'topics[0]', message: 'unknown topic "x"' },
  ]

  test('lists every problem, one per line, grouped by file', () => {
    expect(formatProblems(problems).split('\n')).toEqual([
      'Content has 4 problems:',
      'content/articles/a.md: title: must not be empty',
      'content/articles/a.md: topics[0]: unknown topic "x"',
      'content/stray.txt: not part of any collection',
      'content/topics/b.md: order: must be a number',
    ])
  })

  test('a single problem', () => {
    expect(formatProblems([problems[2]!])).toBe('Content has 1 problem:\ncontent/stray.txt: not part of any collection')
  })
})

test('fieldPath writes paths the way YAML reads', () => {
  expect(fieldPath(['topics', 1])).toBe('topics[1]')
  expect(fieldPath(['a', 'b', 0, 'c'])).toBe('a.b[0].c')
  expect(fieldPath([])).toBe('')
})
