/**
 * Queries: cleaning what a reader typed, reading it as concepts (a word, or a phrase of a synonym
 * group), and the words of the vocabulary each query word stands for (prefix and typo matching).
 *
 * - Prefix matching for words of 3+ characters ("probio" finds "probiotics"), on the query's last
 *   concept only: the word the reader may still be typing.
 * - Typo tolerance: one edit for words of 4+ characters, two for 8+ ("eczma", "dysbyosis"). It is
 *   only used when the query finds nothing without it (`SEARCH_PASSES`), so correct queries stay
 *   precise and fast.
 * - Synonyms: each group is a list of equivalent phrases ("eczema", "atopic dermatitis"); a query
 *   phrase in a group also matches the group's other phrases, slightly lower ranked.
 */
import type SearchableMap from 'minisearch/SearchableMap'
import type { SearchMatchMode } from './types'
import { fold, STOP_WORDS, tokenize } from './text'
import type { SynonymGroups } from '../content'
import { MAX_QUERY_LENGTH } from './limits'

/** Longer queries are cut to this many characters (code points). The API refuses them instead. */
export { MAX_QUERY_LENGTH }
/** Words of a query beyond this many are ignored, which bounds the cost of a query. */
const MAX_QUERY_TERMS = 12

/** Matches through a synonym count for this much of a match of the words the reader typed. */
export const SYNONYM_WEIGHT = 0.8
/** How much a word found by prefix or by typo tolerance counts, against the word as typed. */
const PREFIX_WEIGHT = 0.6
const FUZZY_WEIGHT = 0.45
/** Prefix and typo expansion stop at this many vocabulary words (the most common, the nearest). */
const MAX_EXPANSIONS = 10

/** Trimmed, whitespace collapsed, control characters removed, cut to `MAX_QUERY_LENGTH` code points. */
export function normalizeQuery(query: string): string {
  const cleaned = query
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const codePoints = [...cleaned]
  return codePoints.length > MAX_QUERY_LENGTH ? codePoints.slice(0, MAX_QUERY_LENGTH).join('').trim() : cleaned
}

/** The query terms of one written word: its parts only (so "omega-3" also finds "omega 3"). */
export function queryTermsOf(word: string): string[] {
  return fold(word)
    .split(/['’‐-]+/)
    .filter((part) => part && !STOP_WORDS.has(part))
}

/** A phrase's query terms, in order: "Atopic Dermatitis" → ["atopic", "dermatitis"]. */
function phraseTerms(phrase: string): string[] {
  return tokenize(phrase).flatMap(queryTermsOf)
}

// ---------------------------------------------------------------------------------------------
// Synonyms and concepts

export interface CompiledSynonyms {
  /** Phrase key (terms joined by spaces) → the group's phrases, as terms. */
  byKey: Map<string, string[][]>
  /** The longest phrase, in terms. */
  longest: number
}

/** Turns editable groups into a lookup by phrase; phrases with no searchable word are dropped. */
export function compileSynonyms(groups: SynonymGroups): CompiledSynonyms {
  const byKey = new Map<string, string[][]>()
  let longest = 1
  for (const group of groups) {
    const phrases = uniquePhrases(group)
    if (phrases.length < 2) continue
    for (const terms of phrases) {
      // Both "omega 3" and the joined "omega3" lead to the group.
      for (const key of new Set([terms.join(' '), terms.join('')])) byKey.set(key, mergePhrases(byKey.get(key), phrases))
      longest = Math.max(longest, terms.length)
    }
  }
  return { byKey, longest }
}

/** A group's phrases as terms, each once, leaving out those with no searchable word. */
function uniquePhrases(group: readonly string[]): string[][] {
  const phrases = group.map(phraseTerms).filter((terms) => terms.length > 0)
  return [...new Map(phrases.map((terms) => [terms.join(' '), terms])).values()]
}

/** A phrase in two groups leads to the phrases of both. */
function mergePhrases(existing: string[][] | undefined, added: string[][]): string[][] {
  if (!existing) return added
  return [...existing, ...added.filter((other) => !existing.some((phrase) => phrase.join(' ') === other.join(' ')))]
}

/** One meaning in a query: the words typed, and the phrases equivalent to them. */
export interface Concept {
  terms: string[]
  synonyms: string[][]
  /**
   * Whether the last word may be the start of a longer one: true for the query's last concept, the
   * word the reader may still be typing ("probiotics after antibio").
   */
  prefix: boolean
}

/** The query's concepts, reading synonym phrases greedily (longest first) from the left. */
export function parseQuery(query: string, synonyms: CompiledSynonyms): Concept[] {
  const terms = tokenize(query).flatMap(queryTermsOf)
  const concepts: Concept[] = []
  for (let i = 0; i < terms.length && concepts.length < MAX_QUERY_TERMS;) {
    const concept = synonymConceptAt(terms, i, synonyms) ?? { terms: [terms[i]!], synonyms: [], prefix: false }
    concepts.push(concept)
    i += concept.terms.length
  }
  if (concepts.length > 0) concepts.at(-1)!.prefix = true
  return concepts
}

/** The longest phrase of a synonym group that starts at `terms[start]`, as a concept. */
function synonymConceptAt(terms: string[], start: number, synonyms: CompiledSynonyms): Concept | undefined {
  for (let length = Math.min(synonyms.longest, terms.length - start); length >= 1; length--) {
    const phrase = terms.slice(start, start + length)
    const key = phrase.join(' ')
    const group = synonyms.byKey.get(key)
    if (group) return { terms: phrase, synonyms: group.filter((other) => other.join(' ') !== key), prefix: false }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Prefix and typo matching

/** Prefix expansion applies to words of 3+ characters. */
const prefixFor = (term: string) => term.length >= 3
/** Typo tolerance: one edit for words of 4+ characters, two for 8+. */
export const fuzzyFor = (term: string): number => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0)

/** The passes of a search, each more lenient, tried until one finds something. */
export const SEARCH_PASSES: readonly { mode: SearchMatchMode; all: boolean; fuzzy: boolean }[] = [
  { mode: 'all-words', all: true, fuzzy: false },
  { mode: 'all-words-fuzzy', all: true, fuzzy: true },
  { mode: 'any-word', all: false, fuzzy: true },
]

/** Word → number of documents holding it. */
export type Vocabulary = SearchableMap<number>

interface Expansion {
  term: string
  weight: number
}

/** The words a query word stands for: itself, the words it begins, the words one typo away. */
export function expandTerm(vocabulary: Vocabulary, term: string, prefix: boolean, fuzzy: boolean): Expansion[] {
  const found = new Map<string, number>()
  if (vocabulary.has(term)) found.set(term, 1)
  if (prefix && prefixFor(term)) {
    for (const word of longerWords(vocabulary, term)) found.set(word, PREFIX_WEIGHT * (term.length / word.length) ** 0.5)
  }
  const distance = fuzzy ? fuzzyFor(term) : 0
  if (distance > 0) {
    for (const [word, edits] of nearWords(vocabulary, term, distance, found)) found.set(word, FUZZY_WEIGHT / edits)
  }
  return [...found.entries()].map(([word, weight]) => ({ term: word, weight }))
}

/** The most common words that `term` begins, at most `MAX_EXPANSIONS`. */
function longerWords(vocabulary: Vocabulary, term: string): string[] {
  const longer = [...vocabulary.atPrefix(term).entries()].filter(([word]) => word !== term)
  longer.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return longer.slice(0, MAX_EXPANSIONS).map(([word]) => word)
}

/** The nearest words within `distance` edits not already found, with their edits, at most `MAX_EXPANSIONS`. */
function nearWords(
  vocabulary: Vocabulary,
  term: string,
  distance: number,
  found: ReadonlyMap<string, number>,
): [string, number][] {
  const near = [...vocabulary.fuzzyGet(term, distance).entries()].filter(([word]) => !found.has(word))
  near.sort((a, b) => a[1][1] - b[1][1] || b[1][0] - a[1][0] || a[0].localeCompare(b[0]))
  return near.slice(0, MAX_EXPANSIONS).map(([word, [, edits]]) => [word, edits])
}
