/** The search index (lib/search/engine.ts): ranking, matching, topics, limits, following a list, hostile queries. */
import { describe, expect, test } from 'vitest'
import type { SynonymGroups } from '@/lib/content'
import { MAX_QUERY_LENGTH } from '@/lib/search/query'
import { createSearchIndex } from '@/lib/search/engine'
import { toSearchDocument, type SearchDocument } from '@/lib/search/text'
import type { SearchResponse, Segment } from '@/lib/search/types'

const TOPICS = [
  { slug: 'dysbiosis', title: 'Dysbiosis' },
  { slug: 'nutrients', title: 'Nutrients' },
  { slug: 'lifestyle', title: 'Lifestyle' },
]

const SYNONYMS: SynonymGroups = [
  ['eczema', 'atopic dermatitis'],
  ['leaky gut', 'intestinal permeability'],
  ['gut flora', 'gut microbiota', 'gut microbiome'],
  ['omega-3', 'omega 3', 'fish oil'],
]

let day = 1
function doc(slug: string, fields: { title?: string; summary?: string; body?: string; topics?: string[] }): SearchDocument {
  return toSearchDocument({
    slug,
    title: fields.title ?? `Untitled note ${day}`,
    summary: fields.summary ?? 'A short summary.',
    bodyMarkdown: fields.body ?? 'Nothing to see here.',
    topics: fields.topics ?? ['lifestyle'],
    publishedAt: new Date(Date.UTC(2026, 0, day++)),
  })
}

const CORPUS: SearchDocument[] = [
  doc('probiotics-title', {
    title: 'Probiotics and the skin',
    summary: 'What trials show.',
    body: 'Trials were small.',
    topics: ['dysbiosis'],
  }),
  doc('probiotics-body', {
    title: 'Antibiotics and recovery',
    body: 'Some people take probiotics. Probiotics are popular. Many probiotics exist.',
    topics: ['lifestyle'],
  }),
  doc('eczema-article', {
    title: 'Eczema and the gut',
    summary: 'Gut bacteria in eczema.',
    body: '## Treatment\n\nNo treatment has been shown to work.',
    topics: ['dysbiosis', 'nutrients'],
  }),
  doc('dermatitis-article', {
    title: 'Skin barrier basics',
    body: 'In atopic dermatitis the barrier is weaker.',
    topics: ['lifestyle'],
  }),
  doc('dysbiosis-article', {
    title: 'What dysbiosis means',
    body: 'Dysbiosis is a shift in the gut microbes.',
    topics: ['dysbiosis'],
  }),
  doc('omega-article', { title: 'Fats and the skin', body: 'Omega-3 fats are found in fish.', topics: ['nutrients'] }),
  doc('permeability-article', {
    title: 'The gut lining',
    body: 'Increased intestinal permeability remains a hypothesis.',
    topics: ['dysbiosis'],
  }),
  doc('microbiota-article', { title: 'Counting microbes', body: 'The gut microbiota changes with diet.', topics: ['nutrients'] }),
  doc('heading-article', {
    title: 'Sleep and skin',
    body: '## Rosacea triggers\n\nSleep loss is one of many.',
    topics: ['lifestyle'],
  }),
  doc('summary-article', {
    title: 'Stress and skin',
    summary: 'Rosacea flares with stress.',
    body: 'Stress matters.',
    topics: ['lifestyle'],
  }),
  doc('body-article', { title: 'Heat and skin', body: 'Hot weather can trigger rosacea in some people.', topics: ['lifestyle'] }),
]

function indexOf(documents = CORPUS, synonyms = SYNONYMS) {
  const index = createSearchIndex({ topics: TOPICS, synonyms })
  index.sync(documents, (document) => document)
  return index
}

const slugs = (response: SearchResponse) => response.results.map((hit) => hit.slug)
const text = (segments: Segment[]) => segments.map((segment) => segment.text).join('')
const marked = (segments: Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text)

describe('ranking', () => {
  test('a title match outranks a body-only match, even one repeated', () => {
    const response = indexOf().search({ query: 'probiotics' })
    expect(slugs(response)).toEqual(['probiotics-title', 'probiotics-body'])
  })

  test('fields rank title above headings above summary above body', () => {
    const index = indexOf([
      ...CORPUS,
      doc('title-article', { title: 'Rosacea explained', body: 'Redness.', topics: ['lifestyle'] }),
    ])
    expect(slugs(index.search({ query: 'rosacea' }))).toEqual([
      'title-article',
      'heading-article',
      'summary-article',
      'body-article',
    ])
  })

  test('every word must match when some article has them all', () => {
    const response = indexOf().search({ query: 'probiotics popular' })
    expect(slugs(response)).toEqual(['probiotics-body'])
    expect(response.mode).toBe('all-words')
  })

  test('when no article has every word, articles with any of them are found', () => {
    const response = indexOf().search({ query: 'rosacea zzzunknownword' })
    expect(response.mode).toBe('any-word')
    expect(slugs(response)).toContain('body-article')
  })
})

describe('prefix, typos and synonyms', () => {
  test.each([
    ['probio', 'probiotics-title'],
    ['dysbyosis', 'dysbiosis-article'],
    ['eczma', 'eczema-article'],
    ['omega3', 'omega-article'],
    ['omega 3', 'omega-article'],
    ['Omega-3', 'omega-article'],
    ['ECZEMA', 'eczema-article'],
    ['écZéma', 'eczema-article'],
  ])('%s finds %s', (query, slug) => {
    expect(slugs(indexOf().search({ query }))).toContain(slug)
  })

  test('a typo is only tolerated when the query finds nothing as typed', () => {
    const response = indexOf().search({ query: 'dysbyosis' })
    expect(response.mode).toBe('all-words-fuzzy')
    expect(indexOf().search({ query: 'dysbiosis' }).mode).toBe('all-words')
  })

  test('short words are not fuzzily matched', () => {
    expect(indexOf().search({ query: 'gux' }).results).toEqual([])
  })

  test.each([
    ['eczema', 'dermatitis-article'],
    ['atopic dermatitis', 'eczema-article'],
    ['leaky gut', 'permeability-article'],
    ['gut flora', 'microbiota-article'],
    ['fish oil', 'omega-article'],
  ])('the synonym query %s finds %s', (query, slug) => {
    expect(slugs(indexOf().search({ query }))).toContain(slug)
  })

  test('without synonyms, "atopic dermatitis" does not find the eczema article', () => {
    expect(slugs(indexOf(CORPUS, []).search({ query: 'atopic dermatitis' }))).not.toContain('eczema-article')
  })

  test('in the same field, the words typed rank above their synonyms', () => {
    const index = indexOf([
      doc('says-eczema', { body: 'Notes on eczema in adults.' }),
      doc('says-dermatitis', { body: 'Notes on atopic dermatitis in adults.' }),
    ])
    expect(slugs(index.search({ query: 'eczema' }))).toEqual(['says-eczema', 'says-dermatitis'])
    expect(slugs(index.search({ query: 'atopic dermatitis' }))).toEqual(['says-dermatitis', 'says-eczema'])
  })
})

describe('topics', () => {
  test('the topic filter keeps only articles in the topic; facets count every match', () => {
    const index = indexOf()
    const all = index.search({ query: 'skin' })
    const lifestyle = index.search({ query: 'skin', topic: 'lifestyle' })
    expect(lifestyle.results.length).toBeGreaterThan(0)
    expect(lifestyle.results.every((hit) => hit.topics.some((topic) => topic.slug === 'lifestyle'))).toBe(true)
    expect(lifestyle.total).toBeLessThan(all.total)
    expect(lifestyle.totalAllTopics).toBe(all.total)
    expect(lifestyle.facets).toEqual(all.facets)
    const count = (slug: string) => all.facets.find((facet) => facet.slug === slug)!.count
    expect(count('lifestyle')).toBe(lifestyle.total)
    expect(all.facets.map((facet) => facet.slug)).toEqual(['dysbiosis', 'nutrients', 'lifestyle'])
  })

  test('a topic with no match gives no results but keeps the facets', () => {
    const response = indexOf().search({ query: 'probiotics', topic: 'nutrients' })
    expect(response.results).toEqual([])
    expect(response.total).toBe(0)
    expect(response.totalAllTopics).toBe(2)
  })

  test('each hit carries its topics with their titles', () => {
    const [hit] = indexOf().search({ query: 'eczema gut' }).results
    expect(hit?.topics).toEqual([
      { slug: 'dysbiosis', title: 'Dysbiosis' },
      { slug: 'nutrients', title: 'Nutrients' },
    ])
    expect(hit?.url).toBe('/articles/eczema-article')
  })
})

describe('limits', () => {
  const many = Array.from({ length: 60 }, (_, i) => doc(`skin-${i}`, { title: `Skin note ${i}` }))
  test.each([
    [undefined, 10],
    [3, 3],
    [0, 1],
    [-5, 1],
    [999, 50],
    [2.7, 2],
    [Number.NaN, 10],
  ])('limit %s gives %s results', (limit, expected) => {
    const response = indexOf(many).search({ query: 'skin', limit })
    expect(response.results).toHaveLength(expected)
    expect(response.total).toBe(60)
  })
})

describe('the index follows the list it is given', () => {
  test('sync adds new documents and drops missing ones', () => {
    const index = createSearchIndex({ topics: TOPICS, synonyms: SYNONYMS })
    expect(index.sync(CORPUS.slice(0, 3), (document) => document)).toEqual({ added: 3, removed: 0 })
    expect(slugs(index.search({ query: 'dysbiosis' }))).toEqual([])
    expect(index.sync(CORPUS, (document) => document)).toEqual({ added: CORPUS.length - 3, removed: 0 })
    expect(slugs(index.search({ query: 'dysbiosis' }))).toEqual(['dysbiosis-article'])
    expect(
      index.sync(
        CORPUS.filter((document) => document.slug !== 'dysbiosis-article'),
        (document) => document,
      ),
    ).toEqual({ added: 0, removed: 1 })
    expect(index.has('dysbiosis-article')).toBe(false)
    expect(index.search({ query: 'dysbiosis' }).results).toEqual([])
    // Its words left the vocabulary too: no typo correction leads to it.
    expect(index.search({ query: 'dysbyosis' }).results).toEqual([])
    expect(index.size).toBe(CORPUS.length - 1)
  })

  test('only new documents are converted', () => {
    const index = createSearchIndex({ topics: TOPICS })
    const converted: string[] = []
    const convert = (document: SearchDocument) => {
      converted.push(document.slug)
      return document
    }
    index.sync(CORPUS.slice(0, 2), convert)
    index.sync(CORPUS.slice(0, 3), convert)
    expect(converted).toEqual([CORPUS[0]!.slug, CORPUS[1]!.slug, CORPUS[2]!.slug])
  })
})

describe('highlighting in results', () => {
  test('search results carry highlighted titles and snippets', () => {
    const [hit] = indexOf().search({ query: 'probio' }).results
    expect(marked(hit!.titleSegments)).toEqual(['Probiotics'])
    const body = indexOf().search({ query: 'popular' }).results[0]!
    expect(marked(body.snippet)).toEqual(['popular'])
  })
})

describe('hostile queries', () => {
  const HOSTILE = [
    '',
    '   ',
    '\t\n',
    'x'.repeat(10_000),
    'eczema '.repeat(2_000),
    '.*+?[](){}|\\',
    '^$ \\d+ (a|b)* [^x]',
    '"eczema"',
    '\'probiotics\' "omega-3"',
    '🦠🧫 probiotics 💊',
    '🦠',
    'אקזמה ומעיים',
    'الأكزيما والأمعاء',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000\u0007\u001b[31m',
    '\u202e eczema',
  ]

  test.each(HOSTILE.map((query) => [JSON.stringify(query).slice(0, 40), query]))(
    '%s neither throws nor returns markup',
    (_, query) => {
      const index = indexOf()
      let response: SearchResponse | undefined
      expect(() => {
        response = index.search({ query, limit: 50 })
      }).not.toThrow()
      expect([...response!.query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
      // Results only ever hold the documents' own text, as plain segments: never the query's.
      for (const hit of response!.results) {
        const document = CORPUS.find((candidate) => candidate.slug === hit.slug)!
        expect(text(hit.titleSegments)).toBe(document.title)
        const shown = text(hit.snippet).replace(/^… | …$/g, '')
        expect(`${document.summary} ${document.body.replace(/\s+/g, ' ')}`).toContain(shown)
        expect(JSON.stringify(hit)).not.toMatch(/<script|onerror/i)
      }
    },
  )

  test('a long repeated query still finds its word', () => {
    expect(slugs(indexOf().search({ query: 'eczema '.repeat(2_000) }))).toContain('eczema-article')
  })

  test('quotes and emoji around words do not stop them matching', () => {
    expect(slugs(indexOf().search({ query: '"eczema"' }))).toContain('eczema-article')
    expect(slugs(indexOf().search({ query: '🦠🧫 probiotics 💊' }))).toContain('probiotics-title')
  })

  test('queries with no searchable word find nothing and offer every topic as a facet', () => {
    for (const query of ['', '   ', '.*+?[](){}|\\', '🦠', 'the and of']) {
      const response = indexOf().search({ query })
      expect(response.results).toEqual([])
      expect(response.total).toBe(0)
      expect(response.facets.map((facet) => facet.slug)).toEqual(['dysbiosis', 'nutrients', 'lifestyle'])
    }
  })
})
