/**
 * `POST /api/revalidate`'s rules (lib/cache/revalidation.ts): off without a secret, the secret
 * before anything else, and a 4xx naming the field for every bad body.
 */
import { describe, expect, test } from 'vitest'
import { bearerToken, decideRevalidation, MAX_ITEMS, parseRevalidationBody, revalidateSecret } from '@/lib/cache/revalidation'

const SECRET = 'test-revalidate-secret'
const request = (body: unknown, { authorization = `Bearer ${SECRET}`, contentType = 'application/json' } = {}) => ({
  authorization,
  contentType,
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

describe('the secret', () => {
  test('unset or blank turns the endpoint off', () => {
    expect(revalidateSecret({})).toBeUndefined()
    expect(revalidateSecret({ REVALIDATE_SECRET: '  ' })).toBeUndefined()
    expect(decideRevalidation(request({ paths: ['/'] }), undefined)).toMatchObject({
      status: 404,
      error: expect.stringMatching(/REVALIDATE_SECRET/),
    })
  })

  test('is read from "Authorization: Bearer …" only', () => {
    expect(bearerToken('Bearer abc')).toBe('abc')
    expect(bearerToken('bearer abc ')).toBe('abc')
    expect(bearerToken('Basic abc')).toBeNull()
    expect(bearerToken(null)).toBeNull()
  })

  test('missing or wrong is a 401 naming Authorization, checked before the body', () => {
    const missing = decideRevalidation({ ...request('not json'), authorization: null as unknown as string }, SECRET)
    expect(missing).toMatchObject({ status: 401, field: 'Authorization', error: expect.stringMatching(/missing/) })
    const wrong = decideRevalidation(request('not json', { authorization: `Bearer ${SECRET}x` }), SECRET)
    expect(wrong).toMatchObject({ status: 401, field: 'Authorization', error: 'Authorization: wrong secret' })
  })
})

describe('the body', () => {
  test('paths and tags are revalidated once each', () => {
    const decision = decideRevalidation(request({ paths: ['/articles/a', '/articles', '/articles/a'], tags: ['feeds'] }), SECRET)
    expect(decision).toEqual({ status: 200, targets: { paths: ['/articles/a', '/articles'], tags: ['feeds'] } })
  })

  test('must be JSON, sent as JSON', () => {
    expect(decideRevalidation(request({ paths: ['/'] }, { contentType: 'text/plain' }), SECRET)).toMatchObject({
      status: 415,
      field: 'Content-Type',
    })
    expect(decideRevalidation(request('{"paths": ['), SECRET)).toMatchObject({
      status: 400,
      field: 'body',
      error: expect.stringMatching(/not valid JSON/),
    })
  })

  test('must name at least one path or tag', () => {
    expect(parseRevalidationBody({})).toMatchObject({
      status: 400,
      field: 'body',
      error: expect.stringMatching(/at least one path or tag/),
    })
    expect(parseRevalidationBody({ paths: [], tags: [] })).toMatchObject({ status: 400, field: 'body' })
    expect(parseRevalidationBody([])).toMatchObject({ status: 400, field: 'body', error: expect.stringMatching(/JSON object/) })
  })

  test('names the entry at fault', () => {
    expect(parseRevalidationBody({ paths: ['/ok', 'articles'] })).toMatchObject({
      status: 400,
      field: 'paths[1]',
      error: expect.stringMatching(/^paths\[1\]: .*starting with one "\/"/),
    })
    expect(parseRevalidationBody({ paths: ['//evil.example'] })).toMatchObject({ field: 'paths[0]' })
    expect(parseRevalidationBody({ paths: ['/a?b=1'] })).toMatchObject({
      field: 'paths[0]',
      error: expect.stringMatching(/query/),
    })
    expect(parseRevalidationBody({ paths: ['/a/../b'] })).toMatchObject({
      field: 'paths[0]',
      error: expect.stringMatching(/\.\./),
    })
    expect(parseRevalidationBody({ paths: '/articles' })).toMatchObject({
      field: 'paths',
      error: expect.stringMatching(/must be an array/),
    })
    expect(parseRevalidationBody({ tags: ['ok', ''] })).toMatchObject({ field: 'tags[1]', error: expect.stringMatching(/empty/) })
    expect(parseRevalidationBody({ tags: [7] })).toMatchObject({ field: 'tags[0]', error: expect.stringMatching(/string/) })
  })

  test('refuses unknown fields and too many entries', () => {
    expect(parseRevalidationBody({ path: '/articles' })).toMatchObject({
      status: 400,
      error: expect.stringMatching(/unknown field\(s\) path/),
    })
    const many = Array.from({ length: MAX_ITEMS + 1 }, (_, index) => `/articles/a-${index}`)
    expect(parseRevalidationBody({ paths: many })).toMatchObject({ field: 'paths', error: expect.stringMatching(/at most 100/) })
  })

  test('lists every problem', () => {
    const decision = parseRevalidationBody({ paths: ['x'], tags: [''] })
    expect(decision.status).toBe(400)
    expect(decision.status === 400 && decision.issues?.map((issue) => issue.field)).toEqual(['paths[0]', 'tags[0]'])
  })
})
