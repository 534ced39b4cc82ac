/**
 * The content step end to end: the real `contentlayer2 build` with the project's
 * contentlayer.config.ts, run on the fixture folders (see tests/helpers/build-fixture.ts).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { fixtureBuild, type FixtureBuild } from '../helpers/build-fixture'

describe('on valid content', () => {
  let build: FixtureBuild
  beforeAll(async () => {
    build = await fixtureBuild('valid')
  })

  test('exits 0 and reports no problems', () => {
    expect(build.exitCode, build.output).toBe(0)
    expect(build.output).not.toMatch(/problem/i)
  })

  test('generates every document', () => {
    const paths = build.documents.map((document) => `${document.type} ${document._raw.sourceFilePath}`)
    expect(paths.sort()).toEqual([
      'Article articles/alpha-article.md',
      'Article articles/beta-article.md',
      'Article articles/draft-article.md',
      'Article articles/gamma-article.md',
      'Author authors/rhea-reviewer.md',
      'Author authors/wren-writer.md',
      'Topic topics/dysbiosis.md',
      'Topic topics/lifestyle.md',
      'Topic topics/nutrients.md',
    ])
  })

  test('renders bodies with the site Markdown pipeline', () => {
    const alpha = build.documents.find((document) => document._raw.sourceFilePath === 'articles/alpha-article.md')
    expect(alpha?.body.html).toContain('<h2 id="first-section">')
    expect(alpha?.body.html).toContain('aria-label="Link to section: First section"')
  })
})

describe('on invalid content', () => {
  let build: FixtureBuild
  /** The report's lines, without the content folder's path (messages name it as CONTENT_DIR was given). */
  let report: string[]

  beforeAll(async () => {
    build = await fixtureBuild('invalid')
    report = build.output.split('\n').map((line) => line.replaceAll(`${build.contentDir}/`, ''))
  })

  const FOLDER = 'articles/, topics/, authors/'
  const expectedProblems = [
    'articles/2026/same-slug.md: slug: "same-slug" is also used by articles/2025/same-slug.md',
    'articles/Bad_Name.md: slug: must be lowercase kebab-case, e.g. "omega-3-and-skin"',
    'articles/broken-yaml.md: frontmatter is not valid YAML at line 3: Flow sequence in block collection must be sufficiently indented and end with a ]',
    'articles/many-problems.md: title: title is 121 characters; the limit is 120',
    'articles/many-problems.md: summary: must not be empty',
    'articles/many-problems.md: publishedAt: must be a date like 2026-03-01 or a date-time with an offset like 2026-03-01T09:00:00Z',
    'articles/many-problems.md: status: must be one of: draft, published',
    'articles/many-problems.md: topics: must name at least one topic',
    'articles/many-problems.md: publishedat: unknown field (known: title, summary, publishedAt, updatedAt, status, topics, author, reviewedBy, reviewedAt)',
    'articles/many-problems.md: author: unknown author "nobody" (known: bad-role, rhea-reviewer, wren-writer)',
    `articles/notes.mdx: not part of any collection: articles, topics and authors are .md files in ${FOLDER}`,
    'articles/omega-3.md: topics[1]: unknown topic "nutrient" (known: bad-order, dysbiosis, lifestyle, nutrients)',
    'articles/review-problems.md: updatedAt: must not be before publishedAt',
    'articles/review-problems.md: reviewedAt: is required when reviewedBy is set',
    'articles/review-problems.md: reviewedBy: "wren-writer" has role "writer", but a reviewer must be a medical-reviewer (medical reviewers: rhea-reviewer)',
    'authors/bad-role.md: role: must be one of: writer, editor, medical-reviewer',
    `stray.txt: not part of any collection: articles, topics and authors are .md files in ${FOLDER}`,
    'topics/bad-order.md: order: must be a number',
  ]

  test('exits non-zero', () => {
    expect(build.exitCode).not.toBe(0)
    expect(build.exitCode).not.toBeNull() // null would mean it was killed, not that it failed
  })

  test('names each file by its path in the content folder', () => {
    expect(build.output).toContain(`${build.contentDir}/articles/omega-3.md: topics[1]: unknown topic "nutrient"`)
  })

  test.each(expectedProblems)('reports: %s', (problem) => {
    expect(report).toContain(problem)
  })

  test('reports every problem in one pass, one line each, and nothing else', () => {
    const header = report.findIndex((line) => /^Content has \d+ problems:$/.test(line))
    expect(header, build.output).toBeGreaterThanOrEqual(0)
    expect(report[header]).toBe(`Content has ${expectedProblems.length} problems:`)
    const listed = report.slice(header + 1, header + 1 + expectedProblems.length)
    expect([...listed].sort()).toEqual([...expectedProblems].sort())
  })

  test('prints no stack trace', () => {
    expect(build.output.split('\n').filter((line) => line.startsWith('    at '))).toEqual([])
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })
})
