/**
 * The content API's contract: every endpoint's answers, on the real content (content/), on the
 * valid fixture and on a synthetic store with a draft and a scheduled article, as a reader and with
 * the preview token, validate against the OpenAPI document generated from lib/api/schemas.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { createOpenApiDocument } from '@/lib/api/openapi'
import { createContentStore, loadContent, type ContentStore } from '@/lib/content/store'
import { buildFixture, fixtureBuild } from '../../helpers/build-fixture'
import { callApi, createContractChecker, read, TEST_SECRET } from '../../helpers/api'
import { syntheticStore } from '../../helpers/synthetic-store'

const contractProblems = createContractChecker()
const PREVIEW = { Authorization: `Bearer ${TEST_SECRET}` }

/** Every path a client can reach from the lists, following `next` links and `apiPath`s. */
async function crawl(
  store: ContentStore,
  headers: Record<string, string> = {},
): Promise<{ paths: string[]; problems: string[] }> {
  const queue = ['/api/v1/articles?limit=3', '/api/v1/articles', '/api/v1/topics', '/api/v1/authors']
  const seen = new Set<string>()
  const problems: string[] = []
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const { status, headers: answerHeaders, body } = await read(callApi(store, path, { headers }))
    if (status !== 200) problems.push(`${path}: ${status}`)
    problems.push(
      ...contractProblems(new URL(path, 'http://x').pathname, status, answerHeaders.get('content-type'), body, answerHeaders),
    )
    const found = JSON.stringify(body).matchAll(/"(?:apiPath|next)":"([^"]+)"/g)
    for (const [, next] of found) if (seen.size < 400) queue.push(next!.replace(/\?$/, ''))
    // Topic and author pages of one article each, to walk their pagination too.
    if (/^\/api\/v1\/(topics|authors)\/[^/?]+$/.test(path)) queue.push(`${path}?limit=1`)
  }
  return { paths: [...seen], problems }
}

describe.each([
  [
    'the real content',
    async () => {
      const build = await buildFixture('content')
      expect(build.exitCode, build.output).toBe(0)
      return createContentStore(loadContent(build.documents), () => new Date('2026-11-24T12:00:00Z'))
    },
  ],
  [
    'the valid fixture',
    async () => {
      const build = await fixtureBuild('valid')
      expect(build.exitCode, build.output).toBe(0)
      return createContentStore(loadContent(build.documents), () => new Date('2026-06-01T00:00:00Z'))
    },
  ],
  ['a synthetic store with a draft and a scheduled article', async () => syntheticStore(25)],
])('on %s', (_name, makeStore) => {
  let store: ContentStore
  beforeAll(async () => {
    store = await makeStore()
  })

  test('every answer a reader can reach validates against the document', async () => {
    const { paths, problems } = await crawl(store)
    expect(problems).toEqual([])
    // Every article, topic and author was reached, so the crawl covered every endpoint.
    for (const article of store.listArticles()) expect(paths).toContain(`/api/v1/articles/${article.slug}`)
    for (const topic of store.listTopics()) expect(paths).toContain(`/api/v1/topics/${topic.slug}`)
    expect(paths.some((path) => path.includes('cursor='))).toBe(true)
  })

  test('every answer with the preview token validates too, drafts included', async () => {
    const { paths, problems } = await crawl(store, PREVIEW)
    expect(problems).toEqual([])
    for (const { article } of store.editors.listUnpublished({ preview: true }))
      expect(paths).toContain(`/api/v1/articles/${article.slug}`)
  })

  test('filtered lists and every error answer validate', async () => {
    const topic = store.listTopics()[0]!.slug
    const requests = [
      `/api/v1/articles?topic=${topic}&limit=100`,
      '/api/v1/articles?updatedSince=2026-01-01T00:00:00%2B01:00',
      '/api/v1/articles?colour=blue',
      '/api/v1/articles?limit=0',
      '/api/v1/articles?cursor=nonsense',
      '/api/v1/articles?topic=nope',
      '/api/v1/articles/no-such-article',
      '/api/v1/topics/no-such-topic',
      '/api/v1/authors/no-such-author',
      '/api/v1/topics?limit=5',
    ]
    for (const path of requests) {
      const { status, headers, body } = await read(callApi(store, path))
      expect(
        contractProblems(new URL(path, 'http://x').pathname, status, headers.get('content-type'), body, headers),
        path,
      ).toEqual([])
    }
  })
})

describe('the contract checker', () => {
  test('refuses an answer with a field the document does not name, or without one it requires', async () => {
    const store = syntheticStore(3)
    const { status, headers, body } = await read(callApi(store, '/api/v1/articles/article-1'))
    expect(contractProblems('/api/v1/articles/article-1', status, headers.get('content-type'), body, headers)).toEqual([])
    const extra = { ...(body as object), secretField: 1 }
    expect(
      contractProblems('/api/v1/articles/article-1', status, headers.get('content-type'), extra, headers).join('\n'),
    ).toMatch(/additional properties/)
    const { title: _title, ...missing } = body as { title: string }
    expect(
      contractProblems('/api/v1/articles/article-1', status, headers.get('content-type'), missing, headers).join('\n'),
    ).toMatch(/required property 'title'/)
    expect(contractProblems('/api/v1/articles/article-1', 418, 'application/json', {}, headers)).toEqual([
      '/api/v1/articles/article-1: status 418 is not in the document',
    ])
  })

  test('the document names the deployment from SITE_URL, never localhost, and states the licence', () => {
    expect(createOpenApiDocument({ SITE_URL: 'https://gut-skin.example/' }).servers).toEqual([
      { url: 'https://gut-skin.example', description: 'Gut–Skin Axis' },
    ])
    const without = createOpenApiDocument({})
    expect(without.servers?.map((server) => server.url)).toEqual(['/'])
    expect(JSON.stringify(without)).not.toContain('localhost')
    expect(without.info.license).toEqual({ name: expect.any(String), identifier: expect.stringMatching(/^\S+$/) })
  })

  test('the document is OpenAPI 3.1 and every operation declares its answers', () => {
    const document = createOpenApiDocument()
    expect(document.openapi).toBe('3.1.0')
    const operations = Object.entries(document.paths ?? {})
    expect(operations.map(([path]) => path)).toEqual([
      '/api/v1/articles',
      '/api/v1/articles/{slug}',
      '/api/v1/topics',
      '/api/v1/topics/{slug}',
      '/api/v1/authors',
      '/api/v1/authors/{slug}',
    ])
    for (const [path, item] of operations) {
      expect(Object.keys(item!.get!.responses!), path).toEqual(expect.arrayContaining(['200', '304', '400', '401', '405']))
    }
  })
})
