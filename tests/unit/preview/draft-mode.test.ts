/**
 * The rules of `GET /api/preview` and `GET /api/preview/exit` (lib/preview/draft-mode.ts): the secret, the
 * slug, and where exit returns to. The route handlers only add Draft Mode's cookie; the browser
 * tests (tests/e2e/preview.spec.ts) cover them end to end.
 */
import { previewExitPath } from '@/lib/routes'
import type * as NodeCrypto from 'node:crypto'
import { beforeEach, describe, expect, test, vi } from 'vitest'

const timingSafeEqualCalls: [Buffer, Buffer][] = []
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof NodeCrypto>()
  return {
    ...crypto,
    timingSafeEqual: (a: Buffer, b: Buffer) => {
      timingSafeEqualCalls.push([a, b])
      return crypto.timingSafeEqual(a, b)
    },
  }
})

const { createContentStore } = await import('@/lib/content/store')
const { decidePreview, exitDestination, isPublicPath, previewSecret, safeReturnPath, secretMatches } =
  await import('@/lib/preview/draft-mode')
import type { Article } from '@/lib/content/schema'
import { makeArticle, makeContent, makeTopic } from '../../helpers/factories'

const NOW = new Date('2026-06-01T12:00:00Z')
const SECRET = 'correct horse battery staple'

const article = (slug: string, status: Article['status'], publishedAt: string) =>
  makeArticle({ slug, status, publishedAt: new Date(publishedAt), topics: ['gut'] })
const content = createContentStore(
  makeContent({
    articles: [
      article('public-article', 'published', '2026-05-01T00:00:00Z'),
      article('draft-article', 'draft', '2026-05-02T00:00:00Z'),
      article('scheduled-article', 'published', '2026-07-01T09:30:00Z'),
    ],
    topics: [makeTopic('gut')],
  }),
  () => NOW,
)

const decide = (query: string, options: { secret: string | undefined } = { secret: SECRET }) =>
  decidePreview(new URLSearchParams(query), { secret: options.secret, content })
const q = (params: Record<string, string>) => new URLSearchParams(params).toString()

beforeEach(() => {
  timingSafeEqualCalls.length = 0
})

describe('PREVIEW_SECRET', () => {
  test('unset or blank means preview is off; there is no default', () => {
    expect(previewSecret({})).toBeUndefined()
    expect(previewSecret({ PREVIEW_SECRET: '' })).toBeUndefined()
    expect(previewSecret({ PREVIEW_SECRET: '   ' })).toBeUndefined()
    expect(previewSecret({ PREVIEW_SECRET: 's3cret' })).toBe('s3cret')
  })

  test('with preview off, every request is a 404 that says so, whatever it carries', () => {
    for (const query of ['', q({ secret: SECRET, slug: 'draft-article' }), q({ secret: '', slug: '' })]) {
      expect(decide(query, { secret: undefined })).toEqual({
        status: 404,
        error: expect.stringMatching(/^Preview is off.*PREVIEW_SECRET/),
      })
    }
  })
})

describe('the secret', () => {
  test('matches only itself', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true)
    for (const wrong of ['', 'correct', `${SECRET} `, SECRET.toUpperCase(), `${SECRET}${SECRET}`, null, undefined]) {
      expect(secretMatches(wrong, SECRET)).toBe(false)
    }
  })

  test('is compared with timingSafeEqual on equal-length digests, whatever the guess', () => {
    for (const guess of ['x', SECRET, 'a much longer guess than the secret itself, by far', null]) {
      secretMatches(guess, SECRET)
    }
    expect(timingSafeEqualCalls).toHaveLength(4)
    for (const [a, b] of timingSafeEqualCalls) {
      expect(a.length).toBe(32)
      expect(b.length).toBe(32)
    }
  })

  test('missing or wrong is a 401 naming the secret, before the slug is even looked at', () => {
    expect(decide(q({ slug: 'draft-article' }))).toEqual({ status: 401, error: 'secret: missing' })
    expect(decide(q({ secret: 'guess', slug: 'draft-article' }))).toEqual({ status: 401, error: 'secret: wrong' })
    // The same answer for an existing and an unknown slug: no way to learn which drafts exist.
    expect(decide(q({ secret: 'guess', slug: 'no-such-article' }))).toEqual(decide(q({ secret: 'guess', slug: 'draft-article' })))
    expect(decide(q({ secret: 'guess', slug: '//evil.example' }))).toEqual({ status: 401, error: 'secret: wrong' })
  })
})

describe('the slug', () => {
  test.each(['draft-article', 'scheduled-article', 'public-article'])('%s redirects to its own page', (slug) => {
    expect(decide(q({ secret: SECRET, slug }))).toEqual({ status: 307, location: `/articles/${slug}` })
  })

  test('missing is a 400 naming the slug', () => {
    expect(decide(q({ secret: SECRET }))).toEqual({ status: 400, error: expect.stringMatching(/^slug: missing/) })
    expect(decide(q({ secret: SECRET, slug: '' }))).toEqual({ status: 400, error: expect.stringMatching(/^slug: missing/) })
  })

  test.each([
    'https://evil.example',
    'https://evil.example/articles/draft-article',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '../',
    '../../etc/passwd',
    '/articles/draft-article',
    'articles/draft-article',
    'draft-article/../../x',
    'draft-article?x=1',
    'draft-article#x',
    'DRAFT-ARTICLE',
    ' draft-article',
    'javascript:alert(1)',
    'no-such-article',
  ])('%j is a 400 naming the slug, never a redirect', (slug) => {
    const decision = decide(q({ secret: SECRET, slug }))
    expect(decision).toEqual({ status: 400, error: expect.stringMatching(/^slug: must be the slug of an existing article/) })
  })
})

describe('exit', () => {
  test('the exit link carries the page it was on', () => {
    expect(previewExitPath('/articles/draft-article')).toBe('/api/preview/exit?path=%2Farticles%2Fdraft-article')
  })

  test('returns to the page when a reader can see it', () => {
    for (const path of ['/', '/articles', '/topics', '/topics/gut', '/articles/public-article']) {
      expect(exitDestination(path, content)).toBe(path)
    }
    expect(exitDestination('/articles/public-article?from=preview#top', content)).toBe('/articles/public-article')
  })

  test('returns home when the page is not public', () => {
    for (const path of [
      '/articles/draft-article',
      '/articles/scheduled-article',
      '/articles/no-such-article',
      '/preview',
      '/articles/page/2',
      '/articles/page/1',
      '/topics/no-such-topic',
      '/api/preview',
      '/no-such-page',
    ]) {
      expect(exitDestination(path, content)).toBe('/')
    }
  })

  test.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    'evil.example',
    'javascript:alert(1)',
    '/articles/../preview',
    '/articles/%2e%2e/preview',
    '/articles/public-article/..',
    '/articles/public-article\n',
  ])('%j is not a same-site path: home', (raw) => {
    expect(safeReturnPath(raw)).toBeUndefined()
    expect(exitDestination(raw, content)).toBe('/')
  })

  test('isPublicPath knows the article index pages', () => {
    const articles = Array.from({ length: 11 }, (_, i) => article(`a-${i}`, 'published', '2026-01-01T00:00:00Z'))
    const many = createContentStore(makeContent({ articles, topics: [makeTopic('gut')] }), () => NOW)
    expect(isPublicPath('/articles/page/2', many)).toBe(true)
    expect(isPublicPath('/articles/page/3', many)).toBe(false)
    expect(isPublicPath('/articles/page/02', many)).toBe(false)
  })
})
