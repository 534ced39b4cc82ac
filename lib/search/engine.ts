/**
 * A search index: it indexes the documents it is given and answers queries with ranked hits,
 * highlighted snippets and topic facets. Pure: no file system, no clock, no knowledge of what is
 * public (lib/search/site-search.ts gives it the public articles that lib/content/store.ts lists).
 *
 * Libraries (chosen by measurement, see docs/developing.md "Search" and bench/search.ts): FlexSearch and
 * MiniSearch's radix tree, held by ./index-store.ts. This module combines the per-word answers with
 * typed arrays: every concept of the query (./query.ts) must match in some field (AND), fields are
 * boosted, rarer concepts weigh more, and facets count every match. If no article has every concept,
 * a typo-tolerant pass and then an any-word pass are tried (`SEARCH_PASSES`).
 */
import type { SearchHit, SearchResponse, TopicFacet } from './types'
import { articlePath } from '../routes'
import { createMatcher, highlight, snippet } from './highlight'
import {
  createIndexStore,
  phraseScores,
  syncDocuments,
  termScores,
  type IndexStore,
  type ScoreMemo,
  type Scores,
} from './postings'
import {
  compileSynonyms,
  expandTerm,
  type CompiledSynonyms,
  normalizeQuery,
  parseQuery,
  SEARCH_PASSES,
  SYNONYM_WEIGHT,
  type Concept,
} from './query'
import type { SynonymGroups } from '../content'
import type { SearchDocument } from './text'

export { FIELD_BOOSTS } from './postings'
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50

interface SearchTopic {
  slug: string
  title: string
}

export interface SearchRequest {
  query: string
  /** A topic slug to filter by. */
  topic?: string | null
  limit?: number
}

interface SearchIndexOptions {
  topics: readonly SearchTopic[]
  synonyms?: SynonymGroups
}

export interface SearchIndex {
  search(request: SearchRequest): SearchResponse
  /**
   * Makes the index hold exactly these documents: adds the new ones, drops the missing ones. Only
   * new documents are converted (`toDocument`), so following a growing list is cheap.
   */
  sync<T extends { slug: string }>(
    items: readonly T[],
    toDocument: (item: T) => SearchDocument,
  ): { added: number; removed: number }
  /** Documents in the index. */
  readonly size: number
  has(slug: string): boolean
}

export function createSearchIndex({ topics, synonyms = [] }: SearchIndexOptions): SearchIndex {
  const store = createIndexStore(topics)
  const context: SearchContext = {
    store,
    synonyms: compileSynonyms(synonyms),
    topics,
    topicTitles: new Map(topics.map((topic) => [topic.slug, topic.title])),
  }
  return {
    get size() {
      return store.live
    },
    has: (slug) => store.bySlug.has(slug),
    sync: (items, toDocument) => syncDocuments(store, items, toDocument),
    search: (request) => searchIndex(context, request),
  }
}

interface SearchContext {
  store: IndexStore
  synonyms: CompiledSynonyms
  topics: readonly SearchTopic[]
  topicTitles: ReadonlyMap<string, string>
}

/** A concept's scores, and the words that matched each document (to highlight them). */
interface ConceptMatch {
  scores: Scores
  /** Each alternative's words, with the documents that alternative matched. */
  sources: { terms: string[]; scores: Scores }[]
}

function searchIndex(
  context: SearchContext,
  { query: rawQuery, topic = null, limit = DEFAULT_LIMIT }: SearchRequest,
): SearchResponse {
  const { store } = context
  const query = normalizeQuery(typeof rawQuery === 'string' ? rawQuery : '')
  const wantedTopic = topic || null
  const count = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(Number.isFinite(limit) ? limit : DEFAULT_LIMIT)))
  const concepts = parseQuery(query, context.synonyms)
  const empty: SearchResponse = {
    query,
    topic: wantedTopic,
    total: 0,
    totalAllTopics: 0,
    results: [],
    facets: facetsOf(context.topics, []),
    mode: 'all-words',
  }
  if (concepts.length === 0 || store.live === 0) return empty

  const topicMask =
    wantedTopic !== null && store.topicBit.has(wantedTopic) ? 1 << store.topicBit.get(wantedTopic)! : wantedTopic ? 0 : -1
  for (const pass of SEARCH_PASSES) {
    if (!pass.all && concepts.length === 1) continue
    const memo: ScoreMemo = new Map()
    const perConcept = concepts.map((concept) => conceptScores(store, concept, pass.fuzzy, memo))
    const ranking = rankDocuments(store, perConcept, {
      all: pass.all,
      topicMask,
      limit: count,
      topicCount: context.topics.length,
    })
    if (ranking.matches === 0) continue
    const sources = perConcept.flatMap((concept) => concept.sources)
    return {
      query,
      topic: wantedTopic,
      total: ranking.inTopic,
      totalAllTopics: ranking.matches,
      results: ranking.best.map(({ id, score }) => {
        const matched = new Set(sources.flatMap((source) => (source.scores[id]! > 0 ? source.terms : [])))
        return toHit(store.documents[id]!, [...matched], score, context.topicTitles)
      }),
      facets: facetsOf(context.topics, ranking.counts),
      mode: pass.mode,
    }
  }
  return empty
}

/** How well each document matches a concept: its best alternative (words typed, expansions, synonyms). */
function conceptScores(store: IndexStore, concept: Concept, fuzzy: boolean, memo: ScoreMemo): ConceptMatch {
  const scores = new Float64Array(store.documents.length)
  const sources: ConceptMatch['sources'] = []
  const alternatives = [
    { terms: concept.terms, weight: 1 },
    ...concept.synonyms.map((phrase) => ({ terms: phrase, weight: SYNONYM_WEIGHT })),
  ]
  for (const alternative of alternatives) {
    if (alternative.terms.length === 1) {
      for (const { term, weight } of expandTerm(store.vocabulary, alternative.terms[0]!, concept.prefix, fuzzy)) {
        const found = termScores(store, term, memo)
        if (!found) continue
        sources.push({ terms: [term], scores: found })
        keepBest(scores, found, weight * alternative.weight)
      }
    } else {
      // A phrase: its words as written, plus prefix expansion of the last one.
      const last = alternative.terms.at(-1)!
      const lastOptions = [
        { term: last, weight: 1 },
        ...expandTerm(store.vocabulary, last, concept.prefix, false).filter((option) => option.term !== last),
      ]
      for (const option of lastOptions) {
        const words = [...alternative.terms.slice(0, -1), option.term]
        const found = phraseScores(store, words, alternative.weight * option.weight, memo)
        if (!found) continue
        sources.push({ terms: words, scores: found })
        keepBest(scores, found, 1)
      }
    }
  }
  return { scores, sources }
}

/** `scores[id] = max(scores[id], candidate[id] × weight)` for every document. */
function keepBest(scores: Scores, candidate: Scores, weight: number): void {
  for (let id = 0; id < scores.length; id++) {
    const value = candidate[id]! * weight
    if (value > scores[id]!) scores[id] = value
  }
}

/** Rarer concepts weigh more (inverse document frequency). */
function conceptWeights(perConcept: readonly ConceptMatch[], size: number, live: number): number[] {
  return perConcept.map(({ scores }) => {
    let holders = 0
    for (let id = 0; id < size; id++) if (scores[id]! > 0) holders++
    return holders === 0 ? 0 : Math.log(1 + live / holders)
  })
}

interface Ranking {
  /** Matching documents in every topic. */
  matches: number
  /** Matching documents in the topic filter. */
  inTopic: number
  /** The best `limit` of those, best first. */
  best: { id: number; score: number }[]
  /** Matches per topic, by the topic's position. */
  counts: number[]
}

/**
 * Scores every document over the concepts (all of them, or in "any word" mode any of them), counts
 * the matches per topic and keeps the best `limit` in the topic filter (`topicMask`: -1 for all).
 */
function rankDocuments(
  store: IndexStore,
  perConcept: readonly ConceptMatch[],
  { all, topicMask, limit, topicCount }: { all: boolean; topicMask: number; limit: number; topicCount: number },
): Ranking {
  const size = store.documents.length
  const weights = conceptWeights(perConcept, size, store.live)
  const ranking: Ranking = { matches: 0, inTopic: 0, best: [], counts: new Array<number>(topicCount).fill(0) }
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
    if (matched === 0 || (all && matched < perConcept.length)) continue
    // In "any word" mode, documents matching more of the words come first.
    if (!all) score *= matched
    ranking.matches++
    const mask = store.topicMasks[id]!
    for (let bit = 0; bit < topicCount; bit++) if (mask & (1 << bit)) ranking.counts[bit]!++
    if (topicMask !== -1 && !(mask & topicMask)) continue
    ranking.inTopic++
    insertBest(ranking.best, { id, score }, limit)
  }
  return ranking
}

/** Keeps `best` sorted by score, highest first, and at most `limit` long. */
function insertBest(best: { id: number; score: number }[], entry: { id: number; score: number }, limit: number): void {
  if (best.length >= limit && entry.score <= best.at(-1)!.score) return
  let at = best.length
  while (at > 0 && best[at - 1]!.score < entry.score) at--
  best.splice(at, 0, entry)
  if (best.length > limit) best.pop()
}

function toHit(
  document: SearchDocument,
  matched: readonly string[],
  score: number,
  topicTitles: ReadonlyMap<string, string>,
): SearchHit {
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

function facetsOf(topics: readonly SearchTopic[], counts: readonly number[]): TopicFacet[] {
  return topics.map((topic, index) => ({ slug: topic.slug, title: topic.title, count: counts[index] ?? 0 }))
}
