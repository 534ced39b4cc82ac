/**
 * The launch corpus in content/, built by the real content step (so every rule of the content
 * layer holds for it): enough published articles, on enough topics, each long enough, sourced and
 * summarised; example drafts and a scheduled article for editors; and no trace of the spam domain
 * that was once injected into our source text.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { referenceUrl } from '@/lib/editorial/bibliography'
import { citedKeys } from '@/lib/editorial/citations'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import type { ValidContent } from '@/lib/content/validation'
import type { Article } from '@/lib/content/schema'
import { buildFixture, PROJECT_ROOT, type FixtureBuild } from '../../helpers/build-fixture'

/**
 * The corpus's launch day. Fixed, so that "scheduled" means the same on every day the tests run:
 * once the scheduled example's date has passed it is public on the site, and still the editors'
 * example of scheduling here.
 */
const LAUNCH = new Date('2026-11-24T12:00:00Z')
const MINIMUM_PUBLISHED = 12
const MINIMUM_TOPICS = 5
const MINIMUM_WORDS = 600

let build: FixtureBuild
let content: ValidContent
let store: ContentStore
let published: Article[]

beforeAll(async () => {
  build = await buildFixture('content')
  expect(build.exitCode, build.output).toBe(0)
  content = loadContent(build.documents)
  store = createContentStore(content, () => LAUNCH)
  published = store.listArticles()
})

/**
 * The words of an article's own prose: no frontmatter, headings, citation keys, link targets, code,
 * HTML or quoted claims (block quotes quote what others say, to examine it).
 */
function proseWords(markdown: string): string[] {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .split('\n')
    .filter((line) => !/^\s{0,3}#{1,6}\s/.test(line) && !/^\s{0,3}>/.test(line))
    .join('\n')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
}

describe('proseWords', () => {
  test('counts prose only', () => {
    const markdown =
      '---\ntitle: Not counted\n---\n## A heading\n\nOne two [@a; @b] [three](https://doi.org/x).\n\n> Quoted claim.\n\n`code` four — five.'
    expect(proseWords(markdown)).toEqual(['One', 'two', '[three]', 'four', 'five.'])
  })
})

describe('the launch corpus', () => {
  test(`has at least ${MINIMUM_PUBLISHED} published articles`, () => {
    expect(published.length).toBeGreaterThanOrEqual(MINIMUM_PUBLISHED)
  })

  test(`covers at least ${MINIMUM_TOPICS} topics, each with a published article`, () => {
    const covered = store.listTopics().filter((topic) => topic.articleCount > 0)
    expect(covered.length, covered.map((topic) => topic.slug).join(', ')).toBeGreaterThanOrEqual(MINIMUM_TOPICS)
    expect(new Set(published.flatMap((article) => article.topics)).size).toBeGreaterThanOrEqual(MINIMUM_TOPICS)
  })

  test(`each published article has at least ${MINIMUM_WORDS} words of prose`, () => {
    const short = published
      .map((article) => ({ slug: article.slug, words: proseWords(article.bodyMarkdown).length }))
      .filter(({ words }) => words < MINIMUM_WORDS)
    expect(short).toEqual([])
  })

  test('each published article cites at least two works, each of which a reader can find', () => {
    for (const article of published) {
      expect(citedKeys(article.bodyHtml).length, article.slug).toBeGreaterThanOrEqual(2)
      for (const reference of store.referencesOf(article)) {
        expect(referenceUrl(reference) ?? reference.locator, `${article.slug}: ${reference.id}`).toBeTruthy()
      }
    }
  })

  test('each published article has key takeaways, each graded and sourced', () => {
    for (const article of published) {
      expect(article.takeaways?.length ?? 0, article.slug).toBeGreaterThan(0)
      for (const takeaway of article.takeaways ?? []) {
        expect(takeaway.cites.length, `${article.slug}: ${takeaway.text}`).toBeGreaterThan(0)
      }
    }
  })

  test('each published article names a medical reviewer, and no review is overdue at launch', () => {
    for (const article of published) {
      const reviewer = store.getAuthor(article.reviewedBy ?? '')
      expect(reviewer?.role, article.slug).toBe('medical-reviewer')
      expect(store.reviewOf(article).needs, article.slug).not.toContain('overdue')
    }
    expect(store.editors.listArticlesNeedingReview().filter(({ review }) => review.needs.includes('overdue'))).toEqual([])
  })

  test('every profile whose bio says it is fictional is marked illustrative, so no page claims its review', () => {
    for (const author of content.authors) {
      const fictional = /illustrative, fictional profile/.test(author.bodyMarkdown)
      expect(author.illustrative ?? false, author.slug).toBe(fictional)
    }
    for (const article of published) {
      const { claim, reviewer } = store.reviewOf(article)
      expect(claim, article.slug).toBe(reviewer?.illustrative ? 'illustrative' : 'reviewed')
    }
    expect(store.reviewPromise()).toMatch(/^Every article cites its sources\. This is demo content/)
  })

  test('an article updated after its review is listed as needing one', () => {
    const needing = new Map(store.editors.listArticlesNeedingReview().map(({ article, review }) => [article.slug, review.needs]))
    expect(needing.get('gut-skin-axis-dysbiosis')).toEqual(['illustrative', 'updated-after-review'])
  })

  test('has two drafts and one scheduled article as examples for editors', () => {
    const publication = (state: string) =>
      content.articles.filter((article) => store.publicationOf(article) === state).map((article) => article.slug)
    expect(publication('draft')).toHaveLength(2)
    expect(publication('scheduled')).toHaveLength(1)
    expect(content.articles).toHaveLength(published.length + 3)
  })
})

describe('the spam domain', () => {
  // Assembled, so that this file does not hold the name it looks for.
  const SPAM = ['bebe', 'shka'].join('')

  /** Files git tracks, and new files it would track (not ignored); not build output in dot folders. */
  function repositoryFiles(): string[] {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT })
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
    return [...new Set(listed)].filter((file) => {
      const untrackedBuildOutput = /^\.next[^/]*\//.test(file)
      const absolute = path.join(PROJECT_ROOT, file)
      return !untrackedBuildOutput && existsSync(absolute) && statSync(absolute).isFile()
    })
  }

  test('appears in no file of the repository', () => {
    const files = repositoryFiles()
    expect(files).toContain('content/bibliography.json')
    expect(files).toContain('tests/unit/content/corpus.test.ts')
    const hits = files.filter((file) =>
      readFileSync(path.join(PROJECT_ROOT, file)).toString('latin1').toLowerCase().includes(SPAM),
    )
    expect(hits).toEqual([])
  })

  test('appears in no page content the site builds', () => {
    expect(JSON.stringify(build.documents).toLowerCase()).not.toContain(SPAM)
  })
})
