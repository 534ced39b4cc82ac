/**
 * The search engine, pure: no file system, no clock, no knowledge of what is public. It indexes the
 * documents it is given (lib/search/site-search.ts gives it the public articles that lib/content/store.ts lists) and
 * answers queries with ranked hits, highlighted snippets and topic facets.
 *
 * Libraries (chosen by measurement, see README "Search" and bench/search.ts): FlexSearch holds the
 * inverted index, one `Index` per field, and answers "which documents hold this word, best first";
 * MiniSearch's radix tree (`SearchableMap`) holds the vocabulary and expands a query word to the
 * words it is a prefix of, or is one typo away from. This module combines the per-word answers
 * with typed arrays: every word of the query must match in some field (AND), fields are boosted,
 * rarer words weigh more, and facets count every match.
 *
 * - Fields and boosts: title > headings > summary > body (`FIELD_BOOSTS`).
 * - Prefix matching for words of 3+ characters ("probio" finds "probiotics").
 * - Typo tolerance: one edit for words of 4+ characters, two for 8+ ("eczma", "dysbyosis"). It is
 *   only used when the query finds nothing without it, so correct queries stay precise and fast.
 * - Hyphenated words are indexed as their parts and joined ("omega-3" → omega, 3, omega3), so
 *   "omega 3", "omega-3" and "omega3" all find it.
 * - Synonyms: each group is a list of equivalent phrases ("eczema", "atopic dermatitis"); a query
 *   phrase in a group also matches the group's other phrases, slightly lower ranked.
 * - Every word of the query must match; if no article has them all, any word may match.
 *
 * Highlighting returns `Segment`s (plain text plus a flag), never HTML: the query is never put into
 * markup, so a hostile query cannot inject any.
 */
import { Index as FlexIndex } from 'flexsearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { SearchHit, SearchMatchMode, SearchResponse, Segment, TopicFacet } from './types'
import { articlePath } from '../routes'
import { MAX_QUERY_LENGTH } from './url'

/** Longer queries are cut to this many characters (code points). The API refuses them instead. */
export { MAX_QUERY_LENGTH }
/** Words of a query beyond this many are ignored, which bounds the cost of a query. */
export const MAX_QUERY_TERMS = 12
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50

export const FIELD_BOOSTS = { title: 6, headings: 3, summary: 2, body: 1 } as const
type Field = keyof typeof FIELD_BOOSTS
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[]

/** Matches through a synonym count for this much of a match of the words the reader typed. */
const SYNONYM_WEIGHT = 0.8

/** What is indexed of an article. */
export interface SearchDocument {
  slug: string
  title: string
  summary: string
  /** The body's `##`…`######` headings, one a line. */
  headings: string
  /** The body as plain text, without its headings. */
  body: string
  /** Topic slugs. */
  topics: string[]
  /** ISO 8601. */
  publishedAt: string
}

export interface SearchTopic {
  slug: string
  title: string
}

/** Groups of equivalent phrases, e.g. `[['eczema', 'atopic dermatitis']]`. */
export type SynonymGroups = readonly (readonly string[])[]

export interface SearchRequest {
  query: string
  /** A topic slug to filter by. */
  topic?: string | null
  limit?: number
}

// ---------------------------------------------------------------------------------------------
// Words

/** A word: letters, digits and combining marks, possibly joined by hyphens or apostrophes. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‐-][\p{L}\p{N}\p{M}]+)*/gu
const JOINERS = /['’‐-]/
const COMBINING_MARKS = /\p{M}/gu

/**
 * Common English words that carry no meaning for search. Dropped from the index and from queries,
 * so "probiotics after antibiotics" means "probiotics antibiotics".
 */
export const STOP_WORDS = new Set(
  (
    'a about after all also am an and any are as at be been before being between both but by can could did do does ' +
    'doing during each few for from further had has have having he her here hers him his how i if in into is it its ' +
    'itself just me more most my no nor not now of off on once only or other our ours out over own same she should ' +
    'so some such than that the their theirs them then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours'
  ).split(' '),
)

/** Lower case without accents: "Éczéma" → "eczema". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** The words of a text, as written (no normalisation). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? []
}

const PLAIN_WORD = /^[a-z0-9]+$/i

/** The index terms of one written word: its parts and, for a joined word, the parts run together. */
export function indexTermsOf(word: string): string[] {
  if (PLAIN_WORD.test(word)) {
    const lower = word.toLowerCase()
    return STOP_WORDS.has(lower) ? [] : [lower]
  }
  const folded = fold(word)
  if (!JOINERS.test(folded)) return STOP_WORDS.has(folded) ? [] : [folded]
  const parts = folded.split(/['’‐-]+/).filter((part) => part && !STOP_WORDS.has(part))
  return [...parts, folded.replace(/['’‐-]+/g, '')]
}

/** The index terms of a text, in order. */
export function indexTerms(text: string): string[] {
  return tokenize(text).flatMap(indexTermsOf)
}

/** The query terms of one written word: its parts only (so "omega-3" also finds "omega 3"). */
export function queryTermsOf(word: string): string[] {
  return fold(word)
    .split(/['’‐-]+/)
    .filter((part) => part && !STOP_WORDS.has(part))
}

/** A phrase's query terms, in order: "Atopic Dermatitis" → ["atopic", "dermatitis"]. */
export function phraseTerms(phrase: string): string[] {
  return tokenize(phrase).flatMap(queryTermsOf)
}

/** Trimmed, whitespace collapsed, control characters removed, cut to `MAX_QUERY_LENGTH` code points. */
export function normalizeQuery(query: string): string {
   
  const cleaned = query.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()
  const codePoints = [...cleaned]
  return codePoints.length > MAX_QUERY_LENGTH ? codePoints.slice(0, MAX_QUERY_LENGTH).join('').trim() : cleaned
}

// ---------------------------------------------------------------------------------------------
// Markdown to text

/**
 * What of an article's Markdown is searchable text: its headings, and its body as plain text
 * (without link targets, images, HTML tags, emphasis markers or numeric citation marks such as
 * "[3]"). Deliberately simple and fast: it runs for every article when the index is built.
 */
export function markdownToSearchText(markdown: string): { headings: string; body: string } {
  const headings: string[] = []
  const lines: string[] = []
  let fence: string | undefined
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fenceMatch) {
      fence = fence ? undefined : fenceMatch[1]
      continue
    }
    if (fence) {
      lines.push(line)
      continue
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) {
      headings.push(inlineText(heading[1]!))
      continue
    }
    // Footnote definitions keep their text; thematic breaks and table rules go.
    if (/^\s{0,3}([-*_]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) continue
    lines.push(inlineText(line.replace(/^\s{0,3}\[\^[^\]]+\]:\s*/, '').replace(/^\s*(?:>\s*)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')))
  }
  return {
    headings: headings.filter(Boolean).join('\n'),
    body: lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  }
}

function inlineText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/\s*\[\^[^\]]+\]/g, '')
    .replace(/\s*\[@[^\]]+\]/g, '')
    .replace(/\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\|/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** The searchable document of an article. */
export function toSearchDocument(article: {
  slug: string
  title: string
  summary: string
  bodyMarkdown: string
  topics: readonly string[]
  publishedAt: Date | string
}): SearchDocument {
  const { headings, body } = markdownToSearchText(article.bodyMarkdown)
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    headings,
    body,
    topics: [...article.topics],
    publishedAt: typeof article.publishedAt === 'string' ? article.publishedAt : article.publishedAt.toISOString(),
  }
}

// ---------------------------------------------------------------------------------------------
// Synonyms

interface CompiledSynonyms {
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
    const phrases = group.map(phraseTerms).filter((terms) => terms.length > 0)
    const unique = [...new Map(phrases.map((terms) => [terms.join(' '), terms])).values()]
    if (unique.length < 2) continue
    for (const terms of unique) {
      // Both "omega 3" and the joined "omega3" lead to the group.
      for (const key of new Set([terms.join(' '), terms.join('')])) {
        const existing = byKey.get(key)
        byKey.set(key, existing ? [...existing, ...unique.filter((other) => !existing.some((e) => e.join(' ') === other.join(' ')))] : unique)
      }
      longest = Math.max(longest, terms.length)
    }
  }
  return { byKey, longest }
}

/** One meaning in a query: the words typed, and the phrases equivalent to them. */
interface Concept {
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
  for (let i = 0; i < terms.length && concepts.length < MAX_QUERY_TERMS; ) {
    let matched: Concept | undefined
    for (let length = Math.min(synonyms.longest, terms.length - i); length >= 1 && !matched; length--) {
      const phrase = terms.slice(i, i + length)
      const group = synonyms.byKey.get(phrase.join(' '))
      if (group) {
        const key = phrase.join(' ')
        matched = {
          terms: phrase,
          synonyms: group.filter((other) => other.join(' ') !== key),
          prefix: false,
        }
      }
    }
    matched ??= { terms: [terms[i]!], synonyms: [], prefix: false }
    concepts.push(matched)
    i += matched.terms.length
  }
  if (concepts.length > 0) concepts.at(-1)!.prefix = true
  return concepts
}

// ---------------------------------------------------------------------------------------------
// Queries

/**
 * Prefix expansion for the last word of a query when it has 3+ characters, to at most
 * `MAX_EXPANSIONS` vocabulary words (the most common).
 */
const prefixFor = (term: string) => term.length >= 3
const MAX_EXPANSIONS = 10
/** Typo tolerance: one edit for words of 4+ characters, two for 8+. */
export const fuzzyFor = (term: string): number => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0)

/** How much a word found by prefix or by typo tolerance counts, against the word as typed. */
const PREFIX_WEIGHT = 0.6
const FUZZY_WEIGHT = 0.45

const PASSES: { mode: SearchMatchMode; all: boolean; fuzzy: boolean }[] = [
  { mode: 'all-words', all: true, fuzzy: false },
  { mode: 'all-words-fuzzy', all: true, fuzzy: true },
  { mode: 'any-word', all: false, fuzzy: true },
]

// ---------------------------------------------------------------------------------------------
// Highlighting

/** Characters of body text in a snippet, and before its first match. */
const SNIPPET_CHARS = 190
const SNIPPET_LEAD = 45
const JOINER_CLASS = "['’‐-]"
/** Matches kept per text; enough to find the best passage of a long article. */
const MAX_HITS = 400

interface Hit {
  start: number
  end: number
  /** The matched index term. */
  term: string
}

/**
 * Finds the matched words in a text: each term as a whole word, case-insensitively, also inside a
 * joined word ("gut" in "gut-focused") and across joiners ("omega3" in "omega-3"). Terms are
 * letters and digits only (they come from the index), so they are safe to put in a pattern.
 */
export function createMatcher(terms: Iterable<string>): (text: string) => Hit[] {
  const unique = [...new Set(terms)].filter((term) => /^[\p{L}\p{N}]+$/u.test(term)).sort((a, b) => b.length - a.length)
  if (unique.length === 0) return () => []
  const alternatives = unique.map((term) => [...term].join(`${JOINER_CLASS}?`))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu')
  const known = new Set(unique)
  return (text) => {
    const hits: Hit[] = []
    pattern.lastIndex = 0
    for (let found = pattern.exec(text); found && hits.length < MAX_HITS; found = pattern.exec(text)) {
      const term = found[0].toLowerCase().replace(/['’‐-]/g, '')
      hits.push({ start: found.index, end: found.index + found[0].length, term: known.has(term) ? term : fold(term) })
    }
    return hits
  }
}

/** `text[start, end)` as segments, the hits in it marked; whitespace collapsed. */
function segmentsOf(text: string, hits: readonly Hit[], start: number, end: number): Segment[] {
  const segments: Segment[] = []
  const push = (piece: string, match: boolean) => {
    if (!piece) return
    const collapsed = piece.replace(/\s+/g, ' ')
    const last = segments.at(-1)
    if (last && !last.match && !match) last.text += collapsed
    else segments.push(match ? { text: collapsed, match: true } : { text: collapsed })
  }
  let cursor = start
  for (const hit of hits) {
    if (hit.start < cursor || hit.end > end) continue
    push(text.slice(cursor, hit.start), false)
    push(text.slice(hit.start, hit.end), true)
    cursor = hit.end
  }
  push(text.slice(cursor, end), false)
  return segments
}

/** A whole text (a title, a summary) with the matched words marked. */
export function highlight(text: string, matchedTerms: Iterable<string> | ((text: string) => Hit[])): Segment[] {
  const match = typeof matchedTerms === 'function' ? matchedTerms : createMatcher(matchedTerms)
  return segmentsOf(text, match(text), 0, text.length)
}

const distinct = (hits: readonly Hit[], from = 0, to = hits.length) => {
  const terms = new Set<string>()
  for (let i = from; i < to; i++) terms.add(hits[i]!.term)
  return terms.size
}

/**
 * The passage to show under a result: the summary when it holds at least as many of the matched
 * words as the best passage of the body, otherwise that passage (about `SNIPPET_CHARS` characters,
 * cut at spaces, with "…" where it was cut). With no matched word in either, the summary.
 */
export function snippet(document: Pick<SearchDocument, 'summary' | 'body'>, matchedTerms: Iterable<string> | ((text: string) => Hit[])): Segment[] {
  const match = typeof matchedTerms === 'function' ? matchedTerms : createMatcher(matchedTerms)
  const summaryHits = match(document.summary)
  const summaryScore = distinct(summaryHits)
  const { body } = document
  const hits = match(body)

  // The window of SNIPPET_CHARS starting SNIPPET_LEAD before a hit that holds the most distinct
  // matched words (then the most hits); two pointers over the hits.
  let best = { start: -1, score: 0, count: 0 }
  let last = 0
  for (let first = 0; first < hits.length; first++) {
    const from = Math.max(0, hits[first]!.start - SNIPPET_LEAD)
    if (last < first) last = first
    while (last + 1 < hits.length && hits[last + 1]!.end <= from + SNIPPET_CHARS) last++
    const count = last - first + 1
    if (count <= best.count && best.score >= count) continue
    const score = distinct(hits, first, last + 1)
    if (score > best.score || (score === best.score && count > best.count)) best = { start: from, score, count }
  }
  if (best.start === -1 || summaryScore >= best.score) return segmentsOf(document.summary, summaryHits, 0, document.summary.length)

  // Cut at spaces, keeping a sentence's closing punctuation.
  let from = best.start
  if (from > 0) {
    const space = body.slice(from, from + 30).search(/\s/)
    from = space === -1 ? from : from + space + 1
  }
  let to = Math.min(body.length, best.start + SNIPPET_CHARS)
  if (to < body.length) {
    const space = body.slice(0, to + 1).search(/\s\S*$/)
    if (space > from) to = space
  }
  const segments = segmentsOf(body, hits, from, to)
  if (from > 0) segments.unshift({ text: '… ' })
  if (to < body.trimEnd().length) segments.push({ text: ' …' })
  return mergePlain(segments)
}

function mergePlain(segments: Segment[]): Segment[] {
  const merged: Segment[] = []
  for (const segment of segments) {
    const last = merged.at(-1)
    if (last && !last.match && !segment.match) last.text += segment.text
    else merged.push({ ...segment })
  }
  for (const segment of merged) if (!segment.match) segment.text = segment.text.replace(/ {2,}/g, ' ')
  if (merged[0] && !merged[0].match) merged[0].text = merged[0].text.replace(/^\s+/, '')
  const tail = merged.at(-1)
  if (tail && !tail.match) tail.text = tail.text.replace(/\s+$/, '')
  return merged.filter((segment) => segment.text.length > 0)
}

// ---------------------------------------------------------------------------------------------
// The index

export interface SearchIndexOptions {
  topics: readonly SearchTopic[]
  synonyms?: SynonymGroups
}

export interface SearchIndex {
  search(request: SearchRequest): SearchResponse
  /**
   * Makes the index hold exactly these documents: adds the new ones, drops the missing ones. Only
   * new documents are converted (`toDocument`), so following a growing list is cheap.
   */
  sync<T extends { slug: string }>(items: readonly T[], toDocument: (item: T) => SearchDocument): { added: number; removed: number }
  /** Documents in the index. */
  readonly size: number
  has(slug: string): boolean
}

interface FieldIndex {
  add(id: number, content: string): unknown
  remove(id: number): unknown
  search(query: string, options: { limit: number }): number[]
}

/** Per document (by internal id): how well a word or a concept matches it; 0 is no match. */
type Scores = Float64Array

export function createSearchIndex({ topics, synonyms = [] }: SearchIndexOptions): SearchIndex {
  const compiled = compileSynonyms(synonyms)
  const topicTitles = new Map(topics.map((topic) => [topic.slug, topic.title]))
  const topicBit = new Map(topics.map((topic, index) => [topic.slug, index]))

  // FlexSearch gets the index terms ready-made (lib's own tokenizer, so that indexing, queries and
  // highlighting agree): `encode` only splits them again.
  const fields = Object.fromEntries(
    FIELDS.map((field) => [field, new FlexIndex({ tokenize: 'strict', resolution: 9, fastupdate: true, encode: splitTerms }) as unknown as FieldIndex]),
  ) as Record<Field, FieldIndex>
  /** Word → number of documents holding it (in any field). */
  const vocabulary = new SearchableMap<number>()
  const bySlug = new Map<string, number>()
  /** Internal id → document; ids are never reused, so a removed document leaves a hole. */
  const documents: (SearchDocument | undefined)[] = []
  let topicMasks = new Uint32Array(64)
  let live = 0

  const termsOfDocument = (document: SearchDocument) => FIELDS.map((field) => indexTerms(document[field]))

  const add = (document: SearchDocument) => {
    const id = documents.length
    documents.push(document)
    bySlug.set(document.slug, id)
    if (id >= topicMasks.length) {
      const grown = new Uint32Array(topicMasks.length * 2)
      grown.set(topicMasks)
      topicMasks = grown
    }
    topicMasks[id] = document.topics.reduce((mask, slug) => (topicBit.has(slug) ? mask | (1 << topicBit.get(slug)!) : mask), 0)
    const terms = termsOfDocument(document)
    FIELDS.forEach((field, index) => fields[field].add(id, terms[index]!.join(' ')))
    for (const term of new Set(terms.flat())) vocabulary.update(term, (count = 0) => count + 1)
    live++
  }

  const remove = (slug: string) => {
    const id = bySlug.get(slug)!
    const document = documents[id]!
    for (const field of FIELDS) fields[field].remove(id)
    for (const term of new Set(termsOfDocument(document).flat())) {
      const count = (vocabulary.get(term) ?? 1) - 1
      if (count > 0) vocabulary.set(term, count)
      else vocabulary.delete(term)
    }
    documents[id] = undefined
    bySlug.delete(slug)
    live--
  }

  /** Every document holding `term`, scored by field boost and by how early FlexSearch ranks it. */
  const termScores = (term: string, memo: Map<string, Scores | null>): Scores | null => {
    if (memo.has(term)) return memo.get(term)!
    let scores: Scores | null = null
    if (vocabulary.has(term)) {
      scores = new Float64Array(documents.length)
      for (const field of FIELDS) {
        const ids = fields[field].search(term, { limit: documents.length })
        const boost = FIELD_BOOSTS[field]
        const count = ids.length
        for (let rank = 0; rank < count; rank++) {
          const id = ids[rank]!
          scores[id] = scores[id]! + boost * (1 - (0.5 * rank) / count)
        }
      }
    }
    memo.set(term, scores)
    return scores
  }

  /** Scores of a phrase (every word in the document, anywhere): the mean of its words' scores. */
  const phraseScores = (terms: string[], weight: number, memo: Map<string, Scores | null>): Scores | null => {
    const parts = terms.map((term) => termScores(term, memo))
    if (parts.some((part) => part === null)) return null
    const scores = new Float64Array(documents.length)
    for (let id = 0; id < scores.length; id++) {
      let sum = 0
      let all = true
      for (const part of parts) {
        const value = part![id]!
        if (value === 0) {
          all = false
          break
        }
        sum += value
      }
      if (all) scores[id] = (weight * sum) / parts.length
    }
    return scores
  }

  /** The words a query word stands for: itself, the words it begins, the words one typo away. */
  const expansions = (term: string, prefix: boolean, fuzzy: boolean): { term: string; weight: number }[] => {
    const found = new Map<string, number>()
    if (vocabulary.has(term)) found.set(term, 1)
    if (prefix && prefixFor(term)) {
      const longer = [...vocabulary.atPrefix(term).entries()].filter(([word]) => word !== term)
      longer.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      for (const [word] of longer.slice(0, MAX_EXPANSIONS)) found.set(word, PREFIX_WEIGHT * (term.length / word.length) ** 0.5)
    }
    const distance = fuzzy ? fuzzyFor(term) : 0
    if (distance > 0) {
      const near = [...vocabulary.fuzzyGet(term, distance).entries()].filter(([word]) => !found.has(word))
      near.sort((a, b) => a[1][1] - b[1][1] || b[1][0] - a[1][0] || a[0].localeCompare(b[0]))
      for (const [word, [, edits]] of near.slice(0, MAX_EXPANSIONS)) found.set(word, FUZZY_WEIGHT / edits)
    }
    return [...found.entries()].map(([word, weight]) => ({ term: word, weight }))
  }

  /** How well each document matches a concept: its best alternative (words typed, expansions, synonyms). */
  /** Words to highlight in a document: each alternative's words, where that alternative matched it. */
  type Sources = { terms: string[]; scores: Scores }[]

  const conceptScores = (concept: Concept, fuzzy: boolean, memo: Map<string, Scores | null>): { scores: Scores; sources: Sources } => {
    const scores = new Float64Array(documents.length)
    const sources: Sources = []
    const take = (candidate: Scores, weight = 1) => {
      for (let id = 0; id < scores.length; id++) {
        const value = candidate[id]! * weight
        if (value > scores[id]!) scores[id] = value
      }
    }
    const alternatives = [{ terms: concept.terms, weight: 1 }, ...concept.synonyms.map((phrase) => ({ terms: phrase, weight: SYNONYM_WEIGHT }))]
    for (const alternative of alternatives) {
      if (alternative.terms.length === 1) {
        for (const { term, weight } of expansions(alternative.terms[0]!, concept.prefix, fuzzy)) {
          const found = termScores(term, memo)
          if (!found) continue
          sources.push({ terms: [term], scores: found })
          take(found, weight * alternative.weight)
        }
      } else {
        // A phrase: its words as written, plus prefix expansion of the last one.
        const last = alternative.terms.at(-1)!
        const lastOptions = [{ term: last, weight: 1 }, ...expansions(last, concept.prefix, false).filter((option) => option.term !== last)]
        for (const option of lastOptions) {
          const words = [...alternative.terms.slice(0, -1), option.term]
          const found = phraseScores(words, alternative.weight * option.weight, memo)
          if (!found) continue
          sources.push({ terms: words, scores: found })
          take(found)
        }
      }
    }
    return { scores, sources }
  }

  const toHit = (document: SearchDocument, matched: readonly string[], score: number): SearchHit => {
    const match = createMatcher(matched)
    return {
    slug: document.slug,
    url: articlePath(document.slug),
    title: document.title,
    titleSegments: highlight(document.title, match),
    summary: document.summary,
    snippet: snippet(document, match),
    topics: document.topics.flatMap((slug) => {
      const title = topicTitles.get(slug)
      return title === undefined ? [] : [{ slug, title }]
    }),
    publishedAt: document.publishedAt,
    score: Math.round(score * 1000) / 1000,
    }
  }

  const facetsOf = (counts: readonly number[]): TopicFacet[] =>
    topics.map((topic, index) => ({ slug: topic.slug, title: topic.title, count: counts[index] ?? 0 }))

  return {
    get size() {
      return live
    },

    has: (slug) => bySlug.has(slug),

    sync(items, toDocument) {
      const wanted = new Set(items.map((item) => item.slug))
      let removed = 0
      for (const slug of [...bySlug.keys()]) {
        if (wanted.has(slug)) continue
        remove(slug)
        removed++
      }
      let added = 0
      for (const item of items) {
        if (bySlug.has(item.slug)) continue
        add(toDocument(item))
        added++
      }
      return { added, removed }
    },

    search({ query: rawQuery, topic = null, limit = DEFAULT_LIMIT }) {
      const query = normalizeQuery(typeof rawQuery === 'string' ? rawQuery : '')
      const wantedTopic = topic || null
      const count = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(Number.isFinite(limit) ? limit : DEFAULT_LIMIT)))
      const concepts = parseQuery(query, compiled)
      const empty: SearchResponse = { query, topic: wantedTopic, total: 0, totalAllTopics: 0, results: [], facets: facetsOf([]), mode: 'all-words' }
      if (concepts.length === 0 || live === 0) return empty

      const size = documents.length
      const topicMask = wantedTopic !== null && topicBit.has(wantedTopic) ? 1 << topicBit.get(wantedTopic)! : wantedTopic ? 0 : -1
      for (const pass of PASSES) {
        if (!pass.all && concepts.length === 1) continue
        const memo = new Map<string, Scores | null>()
        const perConcept = concepts.map((concept) => conceptScores(concept, pass.fuzzy, memo))
        // Rarer concepts weigh more (inverse document frequency).
        const weights = perConcept.map(({ scores }) => {
          let holders = 0
          for (let id = 0; id < size; id++) if (scores[id]! > 0) holders++
          return holders === 0 ? 0 : Math.log(1 + live / holders)
        })
        const total = new Float64Array(size)
        const counts = new Array<number>(topics.length).fill(0)
        let matches = 0
        let inTopic = 0
        const best: { id: number; score: number }[] = []
        for (let id = 0; id < size; id++) {
          let score = 0
          let matched = 0
          for (let c = 0; c < perConcept.length; c++) {
            const value = perConcept[c]!.scores[id]!
            if (value > 0) {
              score += value * weights[c]!
              matched++
            }
          }
          if (matched === 0 || (pass.all && matched < perConcept.length)) continue
          // In "any word" mode, documents matching more of the words come first.
          if (!pass.all) score *= matched
          total[id] = score
          matches++
          const mask = topicMasks[id]!
          for (let bit = 0; bit < topics.length; bit++) if (mask & (1 << bit)) counts[bit]!++
          if (topicMask !== -1 && !(mask & topicMask)) continue
          inTopic++
          if (best.length < count || score > best.at(-1)!.score) {
            let at = best.length
            while (at > 0 && best[at - 1]!.score < score) at--
            best.splice(at, 0, { id, score })
            if (best.length > count) best.pop()
          }
        }
        if (matches === 0) continue
        const sources = perConcept.flatMap((concept) => concept.sources)
        return {
          query,
          topic: wantedTopic,
          total: inTopic,
          totalAllTopics: matches,
          results: best.map(({ id, score }) => {
            const matched = new Set(sources.flatMap((source) => (source.scores[id]! > 0 ? source.terms : [])))
            return toHit(documents[id]!, [...matched], score)
          }),
          facets: facetsOf(counts),
          mode: pass.mode,
        }
      }
      return empty
    },
  }
}

function splitTerms(content: string): string[] {
  return content ? content.split(' ') : []
}
