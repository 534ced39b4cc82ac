/**
 * The documents of a search index and how well each matches one word or phrase, over typed arrays.
 *
 * FlexSearch holds the inverted index, one `Index` per field, and answers "which documents hold this
 * word, best first"; MiniSearch's radix tree (`SearchableMap`) holds the vocabulary, which
 * ./query.ts expands a query word against (prefixes, typos). Scores are `Float64Array`s indexed by a
 * document's internal id, so that ./search-index.ts combines them without allocating per document.
 */
import { Index as FlexIndex } from 'flexsearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { Vocabulary } from './query'
import { indexTerms, type SearchDocument } from './text'

/** Fields and boosts: title > headings > summary > body. */
export const FIELD_BOOSTS = { title: 6, headings: 3, summary: 2, body: 1 } as const
type Field = keyof typeof FIELD_BOOSTS
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[]

interface FieldIndex {
  add(id: number, content: string): unknown
  remove(id: number): unknown
  search(query: string, options: { limit: number }): number[]
}

/** Per document (by internal id): how well a word or a concept matches it; 0 is no match. */
export type Scores = Float64Array
/** The scores of the words already looked up in one search pass; `null` for a word no document holds. */
export type ScoreMemo = Map<string, Scores | null>

export interface IndexStore {
  fields: Record<Field, FieldIndex>
  vocabulary: Vocabulary
  bySlug: Map<string, number>
  /** Internal id → document; ids are never reused, so a removed document leaves a hole. */
  documents: (SearchDocument | undefined)[]
  /** Internal id → one bit per topic the document is in (bit = the topic's position in `topicBit`). */
  topicMasks: Uint32Array
  topicBit: Map<string, number>
  /** Documents in the index. */
  live: number
}

export function createIndexStore(topics: readonly { slug: string }[]): IndexStore {
  // FlexSearch gets the index terms ready-made (lib/search/text.ts, so that indexing, queries and
  // highlighting agree): `encode` only splits them again.
  const fields = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      new FlexIndex({ tokenize: 'strict', resolution: 9, fastupdate: true, encode: splitTerms }) as unknown as FieldIndex,
    ]),
  ) as Record<Field, FieldIndex>
  return {
    fields,
    vocabulary: new SearchableMap<number>(),
    bySlug: new Map(),
    documents: [],
    topicMasks: new Uint32Array(64),
    topicBit: new Map(topics.map((topic, index) => [topic.slug, index])),
    live: 0,
  }
}

function splitTerms(content: string): string[] {
  return content ? content.split(' ') : []
}

const termsOfDocument = (document: SearchDocument) => FIELDS.map((field) => indexTerms(document[field]))

function addDocument(store: IndexStore, document: SearchDocument): void {
  const id = store.documents.length
  store.documents.push(document)
  store.bySlug.set(document.slug, id)
  if (id >= store.topicMasks.length) {
    const grown = new Uint32Array(store.topicMasks.length * 2)
    grown.set(store.topicMasks)
    store.topicMasks = grown
  }
  store.topicMasks[id] = topicMaskOf(store.topicBit, document.topics)
  const terms = termsOfDocument(document)
  FIELDS.forEach((field, index) => store.fields[field].add(id, terms[index]!.join(' ')))
  for (const term of new Set(terms.flat())) store.vocabulary.update(term, (count = 0) => count + 1)
  store.live++
}

function topicMaskOf(topicBit: ReadonlyMap<string, number>, topics: readonly string[]): number {
  return topics.reduce((mask, slug) => (topicBit.has(slug) ? mask | (1 << topicBit.get(slug)!) : mask), 0)
}

function removeDocument(store: IndexStore, slug: string): void {
  const id = store.bySlug.get(slug)!
  const document = store.documents[id]!
  for (const field of FIELDS) store.fields[field].remove(id)
  for (const term of new Set(termsOfDocument(document).flat())) {
    const count = (store.vocabulary.get(term) ?? 1) - 1
    if (count > 0) store.vocabulary.set(term, count)
    else store.vocabulary.delete(term)
  }
  store.documents[id] = undefined
  store.bySlug.delete(slug)
  store.live--
}

/** Makes the store hold exactly these documents; only new ones are converted. */
export function syncDocuments<T extends { slug: string }>(
  store: IndexStore,
  items: readonly T[],
  toDocument: (item: T) => SearchDocument,
): { added: number; removed: number } {
  const wanted = new Set(items.map((item) => item.slug))
  let removed = 0
  for (const slug of [...store.bySlug.keys()]) {
    if (wanted.has(slug)) continue
    removeDocument(store, slug)
    removed++
  }
  let added = 0
  for (const item of items) {
    if (store.bySlug.has(item.slug)) continue
    addDocument(store, toDocument(item))
    added++
  }
  return { added, removed }
}

/** Every document holding `term`, scored by field boost and by how early FlexSearch ranks it. */
export function termScores(store: IndexStore, term: string, memo: ScoreMemo): Scores | null {
  if (memo.has(term)) return memo.get(term)!
  let scores: Scores | null = null
  if (store.vocabulary.has(term)) {
    const size = store.documents.length
    scores = new Float64Array(size)
    for (const field of FIELDS) {
      const ids = store.fields[field].search(term, { limit: size })
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

/** Scores of a phrase (every word in the document, anywhere): the mean of its words' scores, times `weight`. */
export function phraseScores(store: IndexStore, terms: readonly string[], weight: number, memo: ScoreMemo): Scores | null {
  const parts = terms.map((term) => termScores(store, term, memo))
  if (parts.some((part) => part === null)) return null
  const scores = new Float64Array(store.documents.length)
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
