/**
 * What search answers, shared by the server (lib/search/engine.ts, `/api/search`, `/search`) and the
 * browser components that render it. Types only: importing this module ships no code.
 */

/** A run of text; `match` marks the words that matched the query (rendered as `<mark>`). */
export interface Segment {
  text: string
  match?: true
}

interface SearchHitTopic {
  slug: string
  title: string
}

export interface SearchHit {
  slug: string
  /** `/articles/<slug>` */
  url: string
  title: string
  /** The title with the matched words marked. */
  titleSegments: Segment[]
  summary: string
  /** A passage of the summary or body around the matched words, with those words marked. */
  snippet: Segment[]
  topics: SearchHitTopic[]
  /** ISO 8601. */
  publishedAt: string
  score: number
}

/** A topic and how many of the query's matches are in it (whatever topic filter is applied). */
export interface TopicFacet {
  slug: string
  title: string
  count: number
}

/** How far the query had to be relaxed to find anything. */
export type SearchMatchMode = 'all-words' | 'all-words-fuzzy' | 'any-word'

export interface SearchResponse {
  /** The query as searched: trimmed, whitespace collapsed, cut to the maximum length. */
  query: string
  /** The topic filter, or `null` for all topics. */
  topic: string | null
  /** Matches in the topic filter (all of them, not only the `results` returned). */
  total: number
  /** Matches in every topic. */
  totalAllTopics: number
  /** The best `limit` matches, best first. */
  results: SearchHit[]
  /** Every topic, in editorial order, with its count of matches before the topic filter. */
  facets: TopicFacet[]
  mode: SearchMatchMode
}

/** A topic offered when a search is empty or finds nothing. */
export interface TopicSuggestion {
  slug: string
  title: string
  description: string
  articleCount: number
}
