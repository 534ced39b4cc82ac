import { describe, expect, test } from 'vitest'
import {
  fieldPath,
  formatProblem,
  formatProblems,
  validateContent,
  type ContentProblem,
  type ContentSource,
  type SourceDocument,
} from '@/lib/content/validation'
import {
  makeArticleSource,
  makeAuthorSource,
  makeEditorialData,
  makeTopicSource,
  placeholderReference,
  renderedBody,
  type Body,
} from '../../helpers/factories'

/** Valid editorial data files, as read from the content folder. */
const DATA: ContentSource['data'] = makeEditorialData()

/** A published article must cite two works; the HTML is what the site pipeline renders. */
const CITED_MARKDOWN = 'Body [@ref-one; @ref-two].'
const CITED = await renderedBody(CITED_MARKDOWN)

const article = (sourcePath: string, fields: Record<string, unknown> = {}, body: Body = CITED): SourceDocument =>
  makeArticleSource(sourcePath, fields, body)

const site = [
  makeTopicSource('dysbiosis', { order: 1 }),
  makeTopicSource('nutrients', { order: 2 }),
  makeTopicSource('lifestyle', { order: 3 }),
  makeAuthorSource('wren-writer', { role: 'writer' }),
  makeAuthorSource('eli-editor', { role: 'editor' }),
  makeAuthorSource('rhea-reviewer'),
]

const validate = (documents: SourceDocument[], label = 'content', data = DATA) => validateContent({ documents, data }, label)

/** Problems as the content step prints them. */
function problemLines(documents: SourceDocument[], data = DATA): string[] {
  return validate(documents, 'content', data).problems.map(formatProblem)
}

describe('validateContent', () => {
  test('valid documents produce typed content and no problems', () => {
    const omega3 = article('articles/omega-3.md', { publishedAt: '2026-01-01', reviewedAt: '2026-01-02' })
    const { content, problems } = validate([...site, omega3])
    expect(problems).toEqual([])
    expect(content.topics.map((t) => t.slug).sort()).toEqual(['dysbiosis', 'lifestyle', 'nutrients'])
    expect(content.authors.map((a) => a.slug).sort()).toEqual(['eli-editor', 'rhea-reviewer', 'wren-writer'])
    expect(content.articles).toHaveLength(1)
    expect(content.articles[0]).toMatchObject({
      slug: 'omega-3',
      sourcePath: 'articles/omega-3.md',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      reviewedBy: 'rhea-reviewer',
      reviewedAt: new Date('2026-01-02T00:00:00Z'),
      bodyMarkdown: CITED_MARKDOWN,
      bodyHtml: CITED.bodyHtml,
    })
    expect(content.data.bibliography.references.map((entry) => entry.id)).toEqual(['ref-one', 'ref-two', 'ref-three'])
    expect(content.data.linkAllowlist.domains).toEqual(['doi.org', 'nih.gov'])
    expect(content.data.bannedPhrases.phrases).toEqual(['clinically proven', 'cures'])
    expect(content.data.searchSynonyms.groups).toEqual([['eczema', 'atopic dermatitis']])
  })

  test('an unknown topic names the file, the list index and the known topics', () => {
    expect(problemLines([...site, article('articles/omega-3.md', { topics: ['dysbiosis', 'nutrient'] })])).toEqual([
      'content/articles/omega-3.md: topics[1]: unknown topic "nutrient" (known: dysbiosis, lifestyle, nutrients)',
    ])
  })

  test('messages use the given content folder label', () => {
    const { problems } = validate([...site, article('articles/omega-3.md', { topics: ['nutrient'] })], 'tests/fixtures/x')
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
    ).toEqual([
      'content/articles/omega-3.md: reviewedBy: unknown author "dr-nobody" (known: eli-editor, rhea-reviewer, wren-writer)',
    ])
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
    const documents = [
      makeTopicSource('nutrients'),
      makeAuthorSource('wren-writer', { role: 'writer' }),
      article('articles/a.md', { reviewedBy: 'wren-writer', reviewedAt: '2026-01-02' }),
    ]
    expect(problemLines(documents)).toEqual([
      'content/articles/a.md: reviewedBy: "wren-writer" has role "writer", but a reviewer must be a medical-reviewer (medical reviewers: none)',
    ])
  })

  test('the same slug in two subfolders is reported on the second file, naming the first', () => {
    expect(problemLines([...site, article('articles/2025/same-slug.md'), article('articles/2026/same-slug.md')])).toEqual([
      'content/articles/2026/same-slug.md: slug: "same-slug" is also used by content/articles/2025/same-slug.md',
    ])
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
      'content/articles/a.md: publishedat: unknown field (known: title, summary, publishedAt, updatedAt, status, topics, author, reviewedBy, reviewedAt, reviewCovers, takeaways, changes, previousSlugs)',
    ])
  })

  test.each([
    [
      'a topic',
      makeTopicSource('skin', { colour: 'green' }),
      'content/topics/skin.md: colour: unknown field (known: title, description, order)',
    ],
    [
      'an author',
      makeAuthorSource('sam-reviewer', { email: 'sam@example.org' }),
      'content/authors/sam-reviewer.md: email: unknown field (known: name, role, credentials, illustrative)',
    ],
  ])('an unknown field in %s lists the fields that collection knows', (_, document, problem) => {
    expect(problemLines([...site, article('articles/a.md'), document])).toEqual([problem])
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
    const brokenTopic = makeTopicSource('broken', { order: 'first' })
    expect(problemLines([...site, brokenTopic, article('articles/a.md', { topics: ['broken'] })])).toEqual([
      'content/topics/broken.md: order: must be a number',
    ])
  })

  test('invalid documents are left out of the content, valid ones kept', () => {
    const { content } = validate([...site, article('articles/good.md'), article('articles/bad.md', { status: 'live' })])
    expect(content.articles.map((a) => a.slug)).toEqual(['good'])
  })
})

/** An article with a given Markdown body, rendered by the site pipeline. */
async function articleWithBody(
  sourcePath: string,
  markdown: string,
  fields: Record<string, unknown> = {},
): Promise<SourceDocument> {
  return article(sourcePath, fields, await renderedBody(markdown))
}

function withoutReview(document: SourceDocument): SourceDocument {
  const { reviewedBy: _by, reviewedAt: _at, ...fields } = document.fields
  return { ...document, fields }
}

describe('validateContent: trust rules across documents', () => {
  test('a published article must name a medical reviewer', () => {
    expect(problemLines([...site, withoutReview(article('articles/a.md'))])).toEqual([
      'content/articles/a.md: reviewedBy: is required for a published article: name its medical reviewer',
    ])
  })

  test('a draft needs no reviewer and no citations', () => {
    const uncited = { bodyMarkdown: 'No sources yet.', bodyHtml: '<p>No sources yet.</p>' }
    const draft = withoutReview(article('articles/d.md', { status: 'draft' }, uncited))
    expect(problemLines([...site, draft])).toEqual([])
  })

  test('an unknown citation fails, naming the file and the id', async () => {
    const cited = await articleWithBody('articles/x.md', 'Text [@ref-one] and [@ref-two] and [@salem-2019].')
    expect(problemLines([...site, cited])).toEqual(['content/articles/x.md: citation "salem-2019" not in the bibliography'])
  })

  test('each data file is required', () => {
    expect(problemLines(site, {})).toEqual([
      'content/bibliography.json: is missing; every content folder has one (see docs/editing.md)',
      'content/link-allowlist.yaml: is missing; every content folder has one (see docs/editing.md)',
      'content/banned-phrases.yaml: is missing; every content folder has one (see docs/editing.md)',
      'content/search-synonyms.yaml: is missing; every content folder has one (see docs/editing.md)',
    ])
  })

  test('data files are validated like documents, with their own file name', () => {
    const data = {
      ...DATA,
      linkAllowlist: { domains: ['doi.org', 'https://nih.gov'] },
      bannedPhrases: { phrases: [] },
      searchSynonyms: { groups: [['eczema']] },
    }
    expect(problemLines(site, data)).toEqual([
      'content/link-allowlist.yaml: domains[1]: must be a lowercase domain name like doi.org',
      'content/banned-phrases.yaml: phrases: must list at least one phrase',
      'content/search-synonyms.yaml: groups[0]: must hold at least two equivalent terms',
    ])
  })

  test('one malformed bibliography entry does not make citations of the others unknown', async () => {
    const references = ['ref-one', 'ref-two', 'ref-three'].map((id) =>
      placeholderReference(id, id === 'ref-two' ? { doi: 'doi:10.1234/x' } : {}),
    )
    const data = { ...DATA, bibliography: { references } }
    const cited = await articleWithBody('articles/x.md', 'Text [@ref-one; @ref-three] and [@ref-two].')
    expect(problemLines([...site, cited], data)).toEqual([
      'content/bibliography.json: references[1].doi: must look like 10.NNNN/…',
      'content/articles/x.md: citation "ref-two" not in the bibliography',
    ])
  })

  test('internal links may point at public articles, topics and the site pages; not at drafts or scheduled articles', async () => {
    const scheduled = article('articles/soon.md', { publishedAt: '2099-01-01', reviewedAt: '2098-12-01' })
    const draft = withoutReview(article('articles/unfinished.md', { status: 'draft' }))
    const linking = await articleWithBody(
      'articles/x.md',
      [
        'Text [@ref-one; @ref-two].',
        '[public](/articles/public) [topic](/topics/nutrients/) [search](/search?q=zinc) [home](/) [index](/articles) [section](/articles/public#results)',
        '[draft](/articles/unfinished)',
        '[author page](/authors/rhea-reviewer)',
        '[article in another collection](/articles/nutrients)',
        '[scheduled](/articles/soon#results)',
      ].join('\n\n'),
    )
    const documents = [...site, article('articles/public.md'), scheduled, draft, linking]
    expect(problemLines(documents)).toEqual([
      'content/articles/x.md: line 5: "/articles/unfinished" links to a page of this site that does not exist',
      'content/articles/x.md: line 7: "/authors/rhea-reviewer" links to a page of this site that does not exist',
      'content/articles/x.md: line 9: "/articles/nutrients" links to a page of this site that does not exist',
      'content/articles/x.md: line 11: "/articles/soon#results" links to a page of this site that does not exist',
    ])
    // Once the scheduled article is public, links to it are fine.
    const later = validateContent({ documents, data: DATA }, 'content', { now: new Date('2099-01-01T00:00:00Z') })
    expect(later.problems.map(formatProblem).filter((line) => line.includes('/articles/soon'))).toEqual([])
  })

  test('link and wording lines count from the body start line the content step gives', async () => {
    const body = 'Text [@ref-one; @ref-two].\n\nIt is clinically proven.\n\n[shop](https://shop.example.com/)\n'
    const document = { ...(await articleWithBody('articles/x.md', body)), bodyStartLine: 12 }
    expect(problemLines([...site, document])).toEqual([
      'content/articles/x.md: line 16: "https://shop.example.com/" links to shop.example.com, which is not on the allowlist (content/link-allowlist.yaml)',
      'content/articles/x.md: line 14: "clinically proven" claims more certainty than health evidence carries (content/banned-phrases.yaml); rephrase it, or quote it in a > block quote to examine it',
    ])
  })

  test('checkBodies: false skips the link and wording checks, not the citation checks', async () => {
    const body = 'Text [@ref-one] and [@nobody-2020].\n\nIt is clinically proven: [shop](https://shop.example.com/).\n'
    const documents = [...site, await articleWithBody('articles/x.md', body)]
    const lines = (checkBodies: boolean) =>
      validateContent({ documents, data: DATA }, 'content', { checkBodies }).problems.map(formatProblem)
    expect(lines(false)).toEqual(['content/articles/x.md: citation "nobody-2020" not in the bibliography'])
    expect(lines(true)).toHaveLength(3)
    expect(validateContent({ documents, data: DATA }, 'content').problems).toHaveLength(3) // checking bodies is the default
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
