/**
 * What the content model does with `changes` and `previousSlugs`: the schema's rules, old slugs
 * that collide, links to an old slug, the store's history, corrections and redirects, and how the
 * proxy's screening and the content API answer an old slug (a draft's old slug included).
 */
import { describe, expect, test } from 'vitest'
import { articleFrontmatterSchema } from '@/lib/content/schema'
import { createContentStore } from '@/lib/content/store'
import { validateContent, type ContentSource, type SourceDocument } from '@/lib/content/validation'
import { apiArticlePath, articleCardPath, articlePath } from '@/lib/routes'
import { sitemapEntries } from '@/lib/publishing/sitemap'
import { screenRequest } from '@/lib/security/request-guard'
import { callApi, read } from '../../helpers/api'
import {
  articleFrontmatter,
  makeArticle,
  makeArticleSource,
  makeAuthor,
  makeAuthorSource,
  makeContent,
  makeEditorialData,
  makeTopicSource,
  makeWriter,
  renderedBody,
} from '../../helpers/factories'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const NOW = () => day('2026-12-01')

describe('the changes field', () => {
  const parse = (fields: Record<string, unknown>) =>
    articleFrontmatterSchema.safeParse({ ...articleFrontmatter(), ...fields }).error?.issues.map(({ path, message }) => ({ path: path.join('.'), message }))

  test('accepts a correction whose day is updatedAt', () => {
    expect(parse({ updatedAt: '2026-04-02', changes: [{ date: '2026-04-02', kind: 'correction', summary: 'A dose was wrong.' }] })).toBeUndefined()
  })

  test('names every problem: unknown kind, empty summary, a change before publication, updatedAt not its day', () => {
    expect(
      parse({
        updatedAt: '2026-05-01',
        changes: [
          { date: '2026-04-02', kind: 'correction', summary: 'A dose was wrong.' },
          { date: '2026-04-03', kind: 'rewrite', summary: '' },
          { date: '2026-01-01', kind: 'update', summary: 'Early.' },
        ],
      }),
    ).toEqual([
      { path: 'changes.1.kind', message: 'must be one of: correction, update, review, minor' },
      { path: 'changes.1.summary', message: 'must not be empty' },
      { path: 'changes.2.date', message: 'must not be before publishedAt' },
      { path: 'updatedAt', message: 'must be the day of the newest correction or update in changes (2026-04-02, changes[0])' },
    ])
  })

  test('requires updatedAt once a correction or update is listed; a minor change needs none', () => {
    expect(parse({ changes: [{ date: '2026-04-02', kind: 'update', summary: 'New trial added.' }] })).toEqual([
      { path: 'updatedAt', message: 'is required when changes lists a update: set it to 2026-04-02, the newest one (changes[0])' },
    ])
    expect(parse({ changes: [{ date: '2026-04-02', kind: 'minor', summary: 'Typo.' }] })).toBeUndefined()
  })

  test('a review entry needs a reviewedAt on or after it', () => {
    expect(parse({ reviewedAt: '2026-03-01', changes: [{ date: '2026-06-01', kind: 'review', summary: 'Reviewed again.' }] })).toEqual([
      { path: 'changes.0.date', message: 'records a medical review, so reviewedAt must be on or after it' },
    ])
  })
})

const body = await renderedBody('Body [@ref-one; @ref-two].')
const linkingBody = await renderedBody('See [the renamed one](/articles/old-name) [@ref-one; @ref-two].')

describe('previous slugs in the content step', () => {
  const site = [makeTopicSource('nutrients'), makeAuthorSource('wren-writer', { role: 'writer' }), makeAuthorSource('rhea-reviewer')]
  const validate = (documents: SourceDocument[]) =>
    validateContent({ documents: [...site, ...documents], data: makeEditorialData() } satisfies ContentSource, 'content', { now: NOW() }).problems

  test('an old slug may not be a live slug, its own, or another article’s old slug: each named by file and field', () => {
    expect(
      validate([
        makeArticleSource('articles/alpha.md', { previousSlugs: ['beta', 'alpha', 'gone'] }, body),
        makeArticleSource('articles/beta.md', { previousSlugs: ['gone'] }, body),
      ]),
    ).toEqual([
      { file: 'content/articles/alpha.md', field: 'previousSlugs[0]', message: '"beta" is the slug of content/articles/beta.md: an old address cannot also be a live one' },
      { file: 'content/articles/alpha.md', field: 'previousSlugs[1]', message: `"alpha" is this article's own slug; list only slugs it had before` },
      { file: 'content/articles/beta.md', field: 'previousSlugs[0]', message: '"gone" is also a previous slug of content/articles/alpha.md: an old address redirects to one article' },
    ])
  })

  test('a link to an old slug is reported with the address to use', () => {
    const linking = linkingBody
    expect(validate([makeArticleSource('articles/renamed.md', { previousSlugs: ['old-name'] }, body), makeArticleSource('articles/linking.md', {}, linking)])).toEqual([
      {
        file: 'content/articles/linking.md',
        field: 'line 1',
        message: '"/articles/old-name" is an old address that redirects to /articles/renamed; link to /articles/renamed instead',
      },
    ])
  })
})

describe('the store, the proxy and the API', () => {
  const corrected = makeArticle({
    slug: 'renamed',
    sourcePath: 'articles/renamed.md',
    previousSlugs: ['old-name'],
    updatedAt: day('2026-05-02'),
    reviewedAt: day('2026-05-02'),
    changes: [
      { date: day('2026-04-01'), kind: 'minor', summary: 'Typo.' },
      { date: day('2026-05-02'), kind: 'correction', summary: 'The dose was 10 mg, not 100 mg.' },
      { date: day('2026-04-20'), kind: 'update', summary: 'Added a newer trial.' },
    ],
  })
  const draft = makeArticle({ slug: 'draft-now', sourcePath: 'articles/draft-now.md', status: 'draft', previousSlugs: ['draft-before'] })
  const other = makeArticle({
    slug: 'other',
    sourcePath: 'articles/other.md',
    title: 'Another article',
    updatedAt: day('2026-06-01'),
    changes: [{ date: day('2026-06-01'), kind: 'correction', summary: 'The year of the trial was wrong.' }],
  })
  const store = createContentStore(makeContent({ articles: [corrected, draft, other], authors: [makeWriter(), makeAuthor()] }), NOW)

  test('the history lists changes newest first, leaves out minor ones and tells which a real review covers', () => {
    const history = store.historyOf(corrected)
    expect(history.changes.map(({ kind, reviewed }) => ({ kind, reviewed }))).toEqual([
      { kind: 'correction', reviewed: true },
      { kind: 'update', reviewed: true },
    ])
    expect(history.lastUpdated).toEqual(day('2026-05-02'))
    expect(history).toMatchObject({ source: 'none', note: expect.stringMatching(/not in version control/) })
    const unreviewed = createContentStore(makeContent({ articles: [corrected], authors: [makeWriter(), makeAuthor({ illustrative: true })] }), NOW)
    expect(unreviewed.historyOf(corrected).changes.every(({ reviewed }) => !reviewed)).toBe(true)
  })

  test('every correction of a public article, newest first; none of a draft', () => {
    expect(store.listCorrections().map(({ article, date }) => [article.slug, date.toISOString().slice(0, 10)])).toEqual([
      ['other', '2026-06-01'],
      ['renamed', '2026-05-02'],
    ])
  })

  test('an old slug redirects to a public article only, and is not in the sitemap', () => {
    expect(store.redirectOf('old-name')).toBe('renamed')
    const urls = sitemapEntries(store, 'https://gut-skin.example').map(({ url }) => url)
    expect(urls).toContain('https://gut-skin.example/articles/renamed')
    expect(urls.filter((url) => /old-name|draft-before/.test(url))).toEqual([])
    expect(store.redirectOf('draft-before')).toBeUndefined()
    expect(store.redirectOf('renamed')).toBeUndefined()
  })

  test('the proxy answers an old address with a 308, the card too; a draft’s old slug is a 404 like any unknown one', () => {
    expect(screenRequest('GET', articlePath('old-name'), store)).toEqual({ action: 'redirect', status: 308, location: articlePath('renamed') })
    expect(screenRequest('GET', articleCardPath('old-name'), store)).toEqual({ action: 'redirect', status: 308, location: articleCardPath('renamed') })
    expect(screenRequest('GET', articlePath('draft-before'), store)).toEqual({
      action: 'not-found',
      resource: { kind: 'article', slug: 'draft-before', resource: 'page' },
    })
  })

  test('the API answers an old slug with a 308 to the article’s resource, naming the new slug', async () => {
    const moved = await read(callApi(store, apiArticlePath('old-name')))
    expect(moved.status).toBe(308)
    expect(moved.headers.get('location')).toBe(apiArticlePath('renamed'))
    expect(moved.body).toMatchObject({ status: 308, parameter: 'slug', known: ['renamed'] })
    const draftOld = await read(callApi(store, apiArticlePath('draft-before'), { headers: {} }))
    const never = await read(callApi(store, apiArticlePath('never-existed')))
    expect(draftOld.status).toBe(404)
    expect((draftOld.body as { detail: string }).detail.replace('draft-before', 'X')).toBe((never.body as { detail: string }).detail.replace('never-existed', 'X'))
  })

  test('the API gives the article’s history and earlier slugs', async () => {
    const { body } = await read(callApi(store, apiArticlePath('renamed')))
    expect(body).toMatchObject({
      previousSlugs: ['old-name'],
      history: {
        lastUpdated: '2026-05-02T00:00:00.000Z',
        changes: [
          { kind: 'correction', date: '2026-05-02T00:00:00.000Z', summary: 'The dose was 10 mg, not 100 mg.', reviewed: true },
          { kind: 'update', date: '2026-04-20T00:00:00.000Z', summary: 'Added a newer trial.', reviewed: true },
        ],
        revisions: [],
        source: 'none',
      },
    })
  })
})
