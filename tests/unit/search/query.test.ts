/** Queries (lib/search/query.ts): cleaning, synonym groups and concepts, prefix and typo expansion. */
import SearchableMap from 'minisearch/SearchableMap'
import { describe, expect, test } from 'vitest'
import { compileSynonyms, expandTerm, MAX_QUERY_LENGTH, normalizeQuery, parseQuery } from '@/lib/search/query'
import type { SynonymGroups } from '@/lib/content'
import { loadSynonyms } from '@/tests/helpers/synonyms-file'

const SYNONYMS: SynonymGroups = [
  ['eczema', 'atopic dermatitis'],
  ['leaky gut', 'intestinal permeability'],
  ['gut flora', 'gut microbiota', 'gut microbiome'],
  ['omega-3', 'omega 3', 'fish oil'],
]

describe('synonyms', () => {
  test('synonym phrases are read greedily, longest first', () => {
    const concepts = parseQuery('leaky gut probiotics', compileSynonyms(SYNONYMS))
    expect(concepts.map((concept) => concept.terms)).toEqual([['leaky', 'gut'], ['probiotics']])
    expect(concepts[0]!.synonyms).toEqual([['intestinal', 'permeability']])
  })

  test("the site's synonym file loads and holds groups of equivalent terms", () => {
    const groups = loadSynonyms('content')
    expect(groups.length).toBeGreaterThanOrEqual(10)
    expect(groups.some((group) => group.includes('eczema') && group.includes('atopic dermatitis'))).toBe(true)
    for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2)
  })

  test('a missing synonym file means no synonyms', () => {
    expect(loadSynonyms('tests/fixtures/no-such-folder')).toEqual([])
  })

  test('a phrase is found joined too ("omega3"), and a phrase with no searchable word is dropped', () => {
    const compiled = compileSynonyms([
      ['omega-3', 'fish oil'],
      ['the', 'and', 'microbes'],
    ])
    expect(parseQuery('omega3', compiled)[0]!.synonyms).toEqual([
      ['omega', '3'],
      ['fish', 'oil'],
    ])
    expect(compiled.byKey.has('microbes')).toBe(false)
  })
})

describe('queries', () => {
  test('the query is cut to the maximum length, whitespace collapsed', () => {
    expect(normalizeQuery(`  a   b  ${'c'.repeat(500)}`)).toBe(`a b ${'c'.repeat(MAX_QUERY_LENGTH - 4)}`)
    expect([...normalizeQuery('🦠'.repeat(300))].length).toBe(MAX_QUERY_LENGTH)
  })

  test('stop words are dropped and the last concept may be a prefix', () => {
    const concepts = parseQuery('probiotics after antibio', compileSynonyms([]))
    expect(concepts.map((concept) => [concept.terms, concept.prefix])).toEqual([
      [['probiotics'], false],
      [['antibio'], true],
    ])
  })
})

describe('prefix and typo expansion', () => {
  const vocabulary = new SearchableMap<number>()
  for (const [word, count] of [
    ['probiotics', 5],
    ['probiotic', 2],
    ['eczema', 4],
    ['gut', 9],
  ] as const)
    vocabulary.set(word, count)
  const expanded = (term: string, prefix: boolean, fuzzy: boolean) =>
    expandTerm(vocabulary, term, prefix, fuzzy).map((each) => each.term)

  test('a prefix of 3+ characters stands for the words it begins, most common first', () => {
    expect(expanded('probio', true, false)).toEqual(['probiotics', 'probiotic'])
    expect(expanded('pr', true, false)).toEqual([])
    expect(expanded('probio', false, false)).toEqual([])
  })

  test('a typo stands for the words one edit away, only when fuzzy matching is on', () => {
    expect(expanded('eczma', false, true)).toEqual(['eczema'])
    expect(expanded('eczma', false, false)).toEqual([])
    // Words of under 4 characters are never fuzzily matched.
    expect(expanded('gux', false, true)).toEqual([])
  })

  test('the word as typed counts fully; expansions count less', () => {
    const [exact, ...rest] = expandTerm(vocabulary, 'probiotic', true, false)
    expect(exact).toEqual({ term: 'probiotic', weight: 1 })
    expect(rest.map((each) => each.term)).toEqual(['probiotics'])
    expect(rest[0]!.weight).toBeLessThan(1)
  })
})
