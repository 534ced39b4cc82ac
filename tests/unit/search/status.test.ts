/** The status sentence of a search (lib/search/status.ts), announced by the /search page and the suggestion list. */
import { describe, expect, test } from 'vitest'
import { articlePath } from '@/lib/routes'
import { SEARCH_PROMPT, searchStatusSentence } from '@/lib/search/status'
import type { SearchHit, SearchResponse } from '@/lib/search/types'

const hit = (slug: string): SearchHit => ({
  slug,
  url: articlePath(slug),
  title: slug,
  titleSegments: [{ text: slug }],
  summary: '',
  snippet: [],
  topics: [],
  publishedAt: '2026-01-01T00:00:00.000Z',
  score: 1,
})

function response(query: string, total: number, shown: number, topic: string | null = null): SearchResponse {
  return {
    query,
    topic,
    total,
    totalAllTopics: total,
    results: Array.from({ length: shown }, (_, index) => hit(`article-${index}`)),
    facets: [{ slug: 'nutrients', title: 'Nutrients', count: total }],
    mode: 'all-words',
  }
}

describe('searchStatusSentence', () => {
  test('before any search: the prompt', () => {
    expect(searchStatusSentence(null)).toBe(SEARCH_PROMPT)
  })

  test('one match, and several, all shown', () => {
    expect(searchStatusSentence(response('eczema', 1, 1))).toBe('1 article matches “eczema”.')
    expect(searchStatusSentence(response('eczema', 2, 2))).toBe('2 articles match “eczema”.')
  })

  test('more matches than shown: says how many are shown', () => {
    expect(searchStatusSentence(response('skin', 42, 20))).toBe('42 articles match “skin”; the best 20 are shown.')
    expect(searchStatusSentence(response('skin', 42, 1))).toBe('42 articles match “skin”; the best 1 is shown.')
  })

  test('no match', () => {
    expect(searchStatusSentence(response('zzz', 0, 0))).toBe('No articles match “zzz”.')
  })

  test('in a topic: names the topic by its title, or by its slug when the facets do not hold it', () => {
    expect(searchStatusSentence(response('eczema', 1, 1, 'nutrients'))).toBe('1 article matches “eczema” in Nutrients.')
    expect(searchStatusSentence(response('eczema', 0, 0, 'nutrients'))).toBe('No articles match “eczema” in Nutrients.')
    expect(searchStatusSentence(response('eczema', 0, 0, 'lifestyle'))).toBe('No articles match “eczema” in lifestyle.')
  })

  test('a failed request: its message, whatever answer was shown before', () => {
    const status = { state: 'error', message: 'q is 201 characters; the limit is 200' } as const
    expect(searchStatusSentence(response('eczema', 2, 2), status)).toBe('q is 201 characters; the limit is 200')
    expect(searchStatusSentence(null, status)).toBe('q is 201 characters; the limit is 200')
  })

  test('while loading, the last answer is still described', () => {
    expect(searchStatusSentence(response('eczema', 2, 2), { state: 'loading' })).toBe('2 articles match “eczema”.')
  })

  test('the query is quoted as typed, markup and all (React renders it as text)', () => {
    expect(searchStatusSentence(response('<b>x</b>', 0, 0))).toBe('No articles match “<b>x</b>”.')
  })
})
