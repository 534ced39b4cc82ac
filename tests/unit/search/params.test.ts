import { describe, expect, test } from 'vitest'
import { parseSearchParams } from '@/lib/search/params'

const TOPICS = ['dysbiosis', 'nutrients', 'lifestyle']
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), TOPICS)

function error(query: string) {
  const result = parse(query)
  if (result.ok) throw new Error(`${query} was accepted`)
  return result.error
}

describe('GET /api/search parameters', () => {
  test('a query, a topic and a limit', () => {
    expect(parse('q=eczema&topic=nutrients&limit=5')).toEqual({ ok: true, value: { q: 'eczema', topic: 'nutrients', limit: 5 } })
  })

  test('topic and limit are optional: all topics, 10 results', () => {
    expect(parse('q=eczema')).toEqual({ ok: true, value: { q: 'eczema', topic: null, limit: 10 } })
    expect(parse('q=eczema&topic=&limit=')).toEqual({ ok: true, value: { q: 'eczema', topic: null, limit: 10 } })
  })

  test.each([
    ['q is missing', '', 'q is required: pass the words to search for, e.g. ?q=eczema'],
    ['q is empty', 'q=', 'q must not be blank'],
    ['q is only spaces', 'q=%20%20%09', 'q must not be blank'],
    ['q is over 200 characters', `q=${'a'.repeat(201)}`, 'q is 201 characters; the limit is 200'],
  ])('%s: an error naming q', (_, query, message) => {
    expect(error(query)).toMatchObject({ parameter: 'q', error: message })
  })

  test('200 characters is the limit, counted in characters not UTF-16 units', () => {
    expect(parse(`q=${'a'.repeat(200)}`).ok).toBe(true)
    expect(parse(`q=${encodeURIComponent('🦠'.repeat(200))}`).ok).toBe(true)
    expect(error(`q=${encodeURIComponent('🦠'.repeat(201))}`)).toMatchObject({
      parameter: 'q',
      error: 'q is 201 characters; the limit is 200',
    })
  })

  test.each([
    ['0', 1],
    ['-7', 1],
    ['1', 1],
    ['50', 50],
    ['51', 50],
    ['100000', 50],
    ['2.9', 2],
    [' 7 ', 7],
  ])('limit=%s is clamped to %s', (limit, expected) => {
    expect(parse(`q=eczema&limit=${encodeURIComponent(limit)}`)).toEqual({
      ok: true,
      value: { q: 'eczema', topic: null, limit: expected },
    })
  })

  test('a limit that is not a number is an error naming limit', () => {
    expect(error('q=eczema&limit=ten')).toMatchObject({ parameter: 'limit', error: 'limit must be a number from 1 to 50' })
  })

  test('an unknown topic is an error that lists the known ones', () => {
    expect(error('q=eczema&topic=nutrient')).toEqual({
      error: 'unknown topic "nutrient" (known: dysbiosis, nutrients, lifestyle)',
      parameter: 'topic',
      knownTopics: TOPICS,
      issues: [{ parameter: 'topic', error: 'unknown topic "nutrient" (known: dysbiosis, nutrients, lifestyle)' }],
    })
  })

  test('every problem is listed; the first is named', () => {
    const problem = error('topic=nope&limit=x')
    expect(problem.parameter).toBe('q')
    expect(problem.issues.map((issue) => issue.parameter)).toEqual(['q', 'topic', 'limit'])
    expect(problem.knownTopics).toEqual(TOPICS)
  })

  test('the first of repeated parameters counts', () => {
    expect(parse('q=eczema&q=acne')).toMatchObject({ ok: true, value: { q: 'eczema' } })
  })
})
