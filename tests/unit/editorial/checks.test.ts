/** The per-article trust rules: citations, takeaways' sources, links and wording. */
import { describe, expect, test } from 'vitest'
import { formatProblem } from '@/lib/content/validation'
import { articleProblems, type ArticleCheckContext } from '@/lib/editorial/checks'
import type { Article } from '@/lib/content/schema'
import { makeArticle, makeEditorialData, makeTakeaway, placeholderReference, renderedBody } from '../../helpers/factories'

const DATA = makeEditorialData({
  bibliography: { references: ['a', 'b', 'c'].map((id) => placeholderReference(id)) },
  linkAllowlist: { domains: ['doi.org'] },
})

const FILE = 'content/articles/x.md'
const context = (overrides: Partial<ArticleCheckContext> = {}): ArticleCheckContext => ({
  file: FILE,
  bodyStartLine: 1,
  data: DATA,
  isKnownPath: (path) => path === '/articles/known',
  checkBodies: true,
  ...overrides,
})

/**
 * An article whose body is rendered by the site pipeline, as contentlayer2 would. Only contentlayer2's
 * own pipeline records a body's facts by file, so the rules parse this body here.
 */
async function article(markdown: string, overrides: Partial<Article> = {}): Promise<Article> {
  return makeArticle({ slug: 'x', ...(await renderedBody(markdown)), ...overrides })
}

const lines = async (markdown: string, overrides: Partial<Article> = {}, contextOverrides: Partial<ArticleCheckContext> = {}) =>
  articleProblems(await article(markdown, overrides), context(contextOverrides)).map(formatProblem)

const tooFew = (count: number) =>
  `${FILE}: cites ${count} bibliography ${count === 1 ? 'entry' : 'entries'}; a published article cites at least 2, e.g. [@salem-2018-gut-skin-axis]`

describe('citations', () => {
  test('a published article citing two entries passes', async () => {
    expect(await lines('One [@a]. Two [@b].')).toEqual([])
    expect(await lines('Both [@a; @b].')).toEqual([])
  })

  test('a published article citing one entry fails, however often it cites it', async () => {
    expect(await lines('One [@a]. Again [@a]. And [@a; @a].')).toEqual([tooFew(1)])
  })

  test('a published article citing none fails', async () => {
    expect(await lines('No sources.')).toEqual([tooFew(0)])
  })

  test('citations in code do not count', async () => {
    expect(await lines('One [@a]. Syntax: `[@b]`.')).toEqual([tooFew(1)])
  })

  test("sources cited only by takeaways do not count towards the body's two", async () => {
    const takeaways = [makeTakeaway({ cites: ['b', 'c'] })]
    expect(await lines('One [@a].', { takeaways })).toEqual([tooFew(1)])
  })

  test('a draft is exempt from the minimum', async () => {
    expect(await lines('No sources yet.', { status: 'draft', reviewedBy: undefined, reviewedAt: undefined })).toEqual([])
    expect(await lines('One [@a].', { status: 'draft' })).toEqual([])
  })

  test('an unknown citation fails, in a draft too, once per id', async () => {
    expect(await lines('[@a] [@b] [@salem-2019] [@salem-2019; @a]')).toEqual([
      `${FILE}: citation "salem-2019" not in the bibliography`,
    ])
    expect(await lines('[@nobody]', { status: 'draft' })).toEqual([`${FILE}: citation "nobody" not in the bibliography`])
  })

  test('an unknown citation still counts as cited: the problem is the id, not the count', async () => {
    expect(await lines('[@a] [@nobody]')).toEqual([`${FILE}: citation "nobody" not in the bibliography`])
  })
})

describe('takeaways', () => {
  test('each source must be in the bibliography, named by its place in the list', async () => {
    const takeaways = [makeTakeaway({ cites: ['a'] }), makeTakeaway({ cites: ['b', 'nobody-2020', 'c', 'salem-2019'] })]
    expect(await lines('[@a] [@b]', { takeaways })).toEqual([
      `${FILE}: takeaways[1].cites[1]: "nobody-2020" not in the bibliography`,
      `${FILE}: takeaways[1].cites[3]: "salem-2019" not in the bibliography`,
    ])
  })

  test("a draft's takeaways are checked too", async () => {
    const takeaways = [makeTakeaway({ cites: ['nobody'] })]
    expect(await lines('', { status: 'draft', takeaways })).toEqual([
      `${FILE}: takeaways[0].cites[0]: "nobody" not in the bibliography`,
    ])
  })
})

describe('wording', () => {
  const overclaim = (phrase: string) =>
    `"${phrase}" claims more certainty than health evidence carries (content/banned-phrases.yaml); rephrase it, or quote it in a > block quote to examine it`

  test('title, summary and takeaways of a published article are checked, by field', async () => {
    const takeaways = [makeTakeaway({ cites: ['a'] }), makeTakeaway({ text: 'Fish oil cures eczema.', cites: ['a'] })]
    expect(
      await lines('[@a] [@b]', { title: 'The diet that Cures acne', summary: 'A clinically proven plan.', takeaways }),
    ).toEqual([
      `${FILE}: title: ${overclaim('cures')}`,
      `${FILE}: summary: ${overclaim('clinically proven')}`,
      `${FILE}: takeaways[1].text: ${overclaim('cures')}`,
    ])
  })

  test('the body of a published article is checked, with file lines; block quotes are allowed', async () => {
    const body = '[@a] [@b]\n\n> It cures eczema, says the label.\n\nIt is clinically proven.'
    expect(await lines(body, {}, { bodyStartLine: 10 })).toEqual([`${FILE}: line 14: ${overclaim('clinically proven')}`])
  })

  test("a draft's wording is not checked until it is published", async () => {
    expect(await lines('It cures.', { status: 'draft', title: 'Cures', summary: 'Cures.' })).toEqual([])
  })
})

describe('links', () => {
  test('are checked in every article, drafts too, with file lines', async () => {
    const body = 'Text.\n\n[shop](https://shop.example.com/) [known](/articles/known) [gone](/articles/gone)'
    const expected = [
      `${FILE}: line 7: "https://shop.example.com/" links to shop.example.com, which is not on the allowlist (content/link-allowlist.yaml)`,
      `${FILE}: line 7: "/articles/gone" links to a page of this site that does not exist`,
    ]
    expect(await lines(`[@a] [@b] ${body}`, {}, { bodyStartLine: 5 })).toEqual(expected)
    expect(await lines(`[@a] [@b] ${body}`, { status: 'draft' }, { bodyStartLine: 5 })).toEqual(expected)
  })

  test('use the allowlist from the data files', async () => {
    const data = { ...DATA, linkAllowlist: { domains: ['doi.org', 'example.com'] } }
    expect(await lines('[@a] [@b] [shop](https://shop.example.com/)', {}, { data })).toEqual([])
  })
})

test('checkBodies: false skips links and wording but not citations', async () => {
  const body = '[@a] [@nobody]\n\nIt cures. [shop](https://shop.example.com/)'
  expect(await lines(body, {}, { checkBodies: false })).toEqual([`${FILE}: citation "nobody" not in the bibliography`])
  expect(await lines(body, {}, { checkBodies: true })).toHaveLength(3)
})
