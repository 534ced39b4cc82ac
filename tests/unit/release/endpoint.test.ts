/** The rules of `POST /api/publish` (lib/release/endpoint.ts): off, the secret, and every field named. */
import { describe, expect, test } from 'vitest'
import { decidePublish, publishSecret } from '@/lib/release/endpoint'

const SECRET = 'publish-secret-for-tests'
const ask = (
  request: Partial<{ authorization: string | null; contentType: string | null; body: string }>,
  secret: string | undefined = SECRET,
) => decidePublish({ authorization: `Bearer ${SECRET}`, contentType: 'application/json', body: '', ...request }, secret)

describe('POST /api/publish', () => {
  test('off (404) while PUBLISH_SECRET is unset or blank, saying how to turn it on', () => {
    expect(publishSecret({})).toBeUndefined()
    expect(publishSecret({ PUBLISH_SECRET: '  ' })).toBeUndefined()
    expect(decidePublish({ authorization: `Bearer ${SECRET}`, contentType: null, body: '' }, undefined)).toEqual({
      status: 404,
      error: expect.stringMatching(/set PUBLISH_SECRET to turn it on/),
    })
  })

  test('a missing or wrong secret is a 401 naming Authorization, before the body is read', () => {
    expect(ask({ authorization: null, body: '{' })).toEqual({
      status: 401,
      field: 'Authorization',
      error: expect.stringMatching(/^Authorization: missing/),
    })
    expect(ask({ authorization: 'Bearer nope', body: '{' })).toEqual({
      status: 401,
      field: 'Authorization',
      error: 'Authorization: wrong secret',
    })
  })

  test('no body publishes; {"version"} rolls back', () => {
    expect(ask({ contentType: null })).toEqual({ status: 200 })
    expect(ask({ body: '{}' })).toEqual({ status: 200 })
    expect(ask({ body: '{"version": "0123456789ab"}' })).toEqual({ status: 200, version: '0123456789ab' })
  })

  test('every problem with the body names its field', () => {
    expect(ask({ contentType: 'text/plain', body: 'x' })).toMatchObject({ status: 415, field: 'Content-Type' })
    expect(ask({ body: '{' })).toMatchObject({
      status: 400,
      field: 'body',
      error: expect.stringMatching(/^body: is not valid JSON/),
    })
    expect(ask({ body: '[]' })).toMatchObject({ status: 400, field: 'body' })
    expect(ask({ body: '{"version": "latest"}' })).toMatchObject({
      status: 400,
      field: 'version',
      error: expect.stringMatching(/^version: must be 12 hex digits/),
    })
    expect(ask({ body: '{"version": 3}' })).toMatchObject({ status: 400, field: 'version' })
    const both = ask({ body: '{"version": "x", "force": true}' })
    expect(both).toMatchObject({ status: 400 })
    expect(both.status === 400 && both.issues?.map((issue) => issue.field).sort()).toEqual(['body', 'version'])
    expect(both.status === 400 && both.issues?.find((issue) => issue.field === 'body')?.error).toMatch(/unknown field\(s\) force/)
  })
})
