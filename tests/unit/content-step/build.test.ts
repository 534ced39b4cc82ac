/**
 * The content step end to end: the real `contentlayer2 build` with the project's
 * contentlayer.config.ts, run on the fixture folders (see tests/helpers/build-fixture.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { checkContentBuild } from '@/lib/content-step/build'
import { BODY_FACTS_FIELD, servedDocument } from '@/lib/content-step/documents'
import type { ContentlayerDocument } from '@/lib/content/source'
import { gitHistorySchema } from '@/lib/content/git-history'
import type { BodyFacts } from '@/lib/editorial'
import { fixtureBuild, FIXTURES, type FixtureBuild } from '../../helpers/build-fixture'

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
      'BannedPhrases banned-phrases.yaml',
      'Bibliography bibliography.json',
      'LinkAllowlist link-allowlist.yaml',
      'SearchSynonyms search-synonyms.yaml',
      'Topic topics/dysbiosis.md',
      'Topic topics/lifestyle.md',
      'Topic topics/nutrients.md',
    ])
  })

  test('writes the snapshot the site serves: every generated document, drafts included, articles with their git history', () => {
    const withoutHistory = build.snapshot?.map(({ gitHistory: _history, ...document }) => document)
    expect(withoutHistory).toEqual(build.documents.map(servedDocument))
    const articles = build.snapshot?.filter((document) => document.type === 'Article') ?? []
    expect(articles.length).toBeGreaterThan(0)
    for (const article of articles)
      expect(gitHistorySchema.safeParse(article.gitHistory).success, article._raw.sourceFilePath).toBe(true)
    expect(build.snapshot?.some((document) => document._raw.sourceFilePath === 'articles/draft-article.md')).toBe(true)
  })

  test("keeps what the checks read of each article body on the document, but not in the site's snapshot", () => {
    const alpha = build.documents.find((document) => document._raw.sourceFilePath === 'articles/alpha-article.md')
    const facts = alpha?.[BODY_FACTS_FIELD] as BodyFacts
    // File lines, as the messages give them: the link is on line 26 of the file.
    expect(facts.links).toContainEqual({ url: 'https://www.nhs.uk/conditions/atopic-eczema/', line: 26 })
    expect(facts.prose.length).toBeGreaterThan(0)
    expect(build.snapshot?.some((document) => BODY_FACTS_FIELD in document)).toBe(false)
  })

  test('reads the editorial data files as documents of their own', () => {
    const bibliography = build.documents.find((document) => document.type === 'Bibliography')
    expect((bibliography?.references as { id: string }[]).map((reference) => reference.id)).toEqual([
      'fixture-review-2020',
      'fixture-trial-2021',
      'fixture-cohort-2019',
      'fixture-report-2022',
    ])
    expect(build.documents.find((document) => document.type === 'LinkAllowlist')?.domains).toEqual([
      'doi.org',
      'nih.gov',
      'nhs.uk',
      'who.int',
    ])
  })

  test('renders citations as numbered superscript links to the reference list', () => {
    const alpha = build.documents.find((document) => document._raw.sourceFilePath === 'articles/alpha-article.md')
    expect(alpha?.body?.html).toContain(
      '<sup class="citation"><a href="#ref-fixture-review-2020" id="cite-fixture-review-2020" class="citation-link" aria-label="Reference 1">1</a></sup>',
    )
    // `[@a; @b]`: the second key was already cited, so it keeps its number and gets no second id.
    expect(alpha?.body?.html).toContain(
      '<sup class="citation"><a href="#ref-fixture-trial-2021" id="cite-fixture-trial-2021" class="citation-link" aria-label="Reference 2">2</a>,<a href="#ref-fixture-review-2020" class="citation-link" aria-label="Reference 1">1</a></sup>',
    )
    expect(alpha?.body?.html).not.toContain('[@')
  })

  test('marks external links in bodies and leaves internal ones alone', () => {
    const alpha = build.documents.find((document) => document._raw.sourceFilePath === 'articles/alpha-article.md')
    expect(alpha?.body?.html).toMatch(
      /<a href="https:\/\/www\.nhs\.uk\/conditions\/atopic-eczema\/" class="external-link" rel="noopener noreferrer">the NHS page on eczema(<span>)?<span class="sr-only"> \(external link\)<\/span>/,
    )
    expect(alpha?.body?.html).toContain('<a href="/articles/beta-article">Beta article</a>')
  })

  test('renders bodies with the site Markdown pipeline', () => {
    const alpha = build.documents.find((document) => document._raw.sourceFilePath === 'articles/alpha-article.md')
    expect(alpha?.body?.html).toContain('<h2 id="first-section">')
    expect(alpha?.body?.html).toContain('aria-label="Link to section: First section"')
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

  const FOLDERS = 'articles/, topics/, authors/'
  const DATA = 'bibliography.json, link-allowlist.yaml, banned-phrases.yaml, search-synonyms.yaml'
  const NOT_CONTENT = `not part of the content: articles, topics and authors are .md files in ${FOLDERS}; the data files are ${DATA}`
  const OVERCLAIM =
    'claims more certainty than health evidence carries (content/banned-phrases.yaml); rephrase it, or quote it in a > block quote to examine it'
  const NOT_ALLOWLISTED = 'which is not on the allowlist (content/link-allowlist.yaml)'
  const expectedProblems = [
    'articles/2026/same-slug.md: slug: "same-slug" is also used by articles/2025/same-slug.md',
    'articles/Bad_Name.md: slug: must be lowercase kebab-case, e.g. "omega-3-and-skin"',
    'articles/bad-evidence-grade.md: takeaways[0].evidence: must be one of: strong, moderate, weak, mixed, contradicted',
    'articles/bad-links.md: line 13: "http://www.nhs.uk/conditions/eczema/" uses http:, not https:',
    'articles/bad-links.md: line 14: "javascript:alert(1)" uses javascript:; only https: links and links within the site are allowed',
    'articles/bad-links.md: line 15: "data:text/html,hello" uses data:; only https: links and links within the site are allowed',
    'articles/bad-links.md: line 16: "https://192.168.0.1/page" points at a bare IP address; link to a named, allowlisted domain',
    'articles/bad-links.md: line 17: "https://bit.ly/3abcde" is a link shortener; link to the destination itself',
    `articles/bad-links.md: line 18: "https://wellness-shop.example.com/gut" links to wellness-shop.example.com, ${NOT_ALLOWLISTED}`,
    'articles/bad-links.md: line 19: "/articles/no-such-article" links to a page of this site that does not exist',
    'articles/bad-links.md: line 20: "/topics/no-such-topic#intro" links to a page of this site that does not exist',
    `articles/bad-links.md: line 24: "https://evil.example.org/raw" links to evil.example.org, ${NOT_ALLOWLISTED}`,
    `articles/banned-phrase.md: takeaways[0].text: "detox" ${OVERCLAIM}`,
    `articles/banned-phrase.md: line 17: "clinically proven" ${OVERCLAIM}`,
    'articles/broken-yaml.md: frontmatter is not valid YAML at line 3: Flow sequence in block collection must be sufficiently indented and end with a ]',
    'articles/many-problems.md: title: title is 121 characters; the limit is 120',
    'articles/many-problems.md: summary: must not be empty',
    'articles/many-problems.md: publishedAt: must be a date like 2026-03-01 or a date-time with an offset like 2026-03-01T09:00:00Z',
    'articles/many-problems.md: status: must be one of: draft, review, published',
    'articles/many-problems.md: topics: must name at least one topic',
    'articles/many-problems.md: publishedat: unknown field (known: title, summary, publishedAt, updatedAt, status, topics, author, reviewedBy, reviewedAt, reviewCovers, takeaways, changes, previousSlugs)',
    'articles/many-problems.md: author: unknown author "nobody" (known: bad-role, rhea-reviewer, wren-writer)',
    'articles/no-reviewer.md: reviewedBy: is required for a published article: name its medical reviewer',
    `articles/notes.mdx: ${NOT_CONTENT}`,
    'articles/omega-3.md: topics[1]: unknown topic "nutrient" (known: bad-order, dysbiosis, lifestyle, nutrients)',
    'articles/review-problems.md: updatedAt: must not be before publishedAt',
    'articles/review-problems.md: reviewedAt: is required when reviewedBy is set',
    'articles/review-problems.md: reviewedBy: "wren-writer" has role "writer", but a reviewer must be a medical-reviewer (medical reviewers: rhea-reviewer)',
    `articles/spam-link.md: line 13: "https://cheap-gut-pills.example.net/shop" links to cheap-gut-pills.example.net, ${NOT_ALLOWLISTED}`,
    'articles/takeaway-unknown-source.md: takeaways[0].cites[1]: "nobody-2020" not in the bibliography',
    'articles/too-few-citations.md: cites 1 bibliography entry; a published article cites at least 2, e.g. [@salem-2018-gut-skin-axis]',
    'articles/unknown-citation.md: citation "salem-2019" not in the bibliography',
    'authors/bad-role.md: role: must be one of: writer, editor, medical-reviewer',
    'bibliography.json: references[2].doi: must look like 10.NNNN/…',
    'bibliography.json: references[3].pmid: must be digits only',
    'bibliography.json: references[4].year: must be 1800 or later',
    'bibliography.json: references[5].id: "fixture-review-2020" is used by an earlier entry',
    `stray.txt: ${NOT_CONTENT}`,
    'topics/bad-order.md: order: must be a number',
  ]

  test('writes no snapshot, so that no server can serve content that failed a check', () => {
    expect(build.documents.length).toBeGreaterThan(0)
    expect(build.snapshot).toBeUndefined()
  })

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

  test('a phrase quoted in a block quote, in code or inside a longer word is not reported', () => {
    const bannedPhraseLines = report.filter((line) => line.startsWith('articles/banned-phrase.md'))
    expect(bannedPhraseLines).toHaveLength(2)
    expect(bannedPhraseLines.join('\n')).not.toMatch(/"cures"|line 19|line 21/)
  })

  test('a citation in code and the allowed links of a file are not reported', () => {
    expect(build.output).not.toContain('not-a-citation')
    for (const allowed of ['doi.org/10.1234/x', 'pubmed.ncbi.nlm.nih.gov', '"/"', '/topics/dysbiosis', '#top']) {
      expect(
        report.filter((line) => line.startsWith('articles/bad-links.md') && line.includes(allowed)),
        allowed,
      ).toEqual([])
    }
  })

  test('prints no stack trace', () => {
    expect(build.output.split('\n').filter((line) => line.startsWith('    at '))).toEqual([])
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })
})

/**
 * `contentlayer2 dev` keeps the last good version of a file it can no longer parse, and of a data
 * file since deleted: the check reads the files as they are now.
 */
describe('on a file changed after contentlayer2 read it (contentlayer2 dev)', () => {
  let folder: string
  let documents: ContentlayerDocument[]

  beforeAll(async () => {
    const build = await fixtureBuild('valid')
    documents = build.documents
  })

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'gut-skin-stale-'))
    cpSync(FIXTURES.valid, folder, { recursive: true })
  })

  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  test('the unchanged folder passes', () => {
    expect(checkContentBuild({ allDocuments: documents }, folder, 'content')).toBeUndefined()
  })

  test('frontmatter that no longer parses is reported with its line, not checked in its old version', () => {
    const file = path.join(folder, 'articles/alpha-article.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Alpha article"', 'title: Alpha: article'))
    const report = checkContentBuild({ allDocuments: documents }, folder, 'content')
    expect(report?.split('\n')).toEqual([
      'Content has 1 problem:',
      expect.stringMatching(/^content\/articles\/alpha-article\.md: frontmatter is not valid YAML at line 2: /),
    ])
  })

  test('a data file that no longer parses is reported', () => {
    writeFileSync(path.join(folder, 'link-allowlist.yaml'), 'domains: [doi.org\n')
    expect(checkContentBuild({ allDocuments: documents }, folder, 'content')).toMatch(
      /^content\/link-allowlist\.yaml: could not be read: Flow sequence .* at line 2, column 1$/m,
    )
  })

  test('a deleted data file counts as missing, not as its old version', () => {
    rmSync(path.join(folder, 'link-allowlist.yaml'))
    expect(checkContentBuild({ allDocuments: documents }, folder, 'content')).toContain(
      'content/link-allowlist.yaml: is missing; every content folder has one',
    )
  })
})
