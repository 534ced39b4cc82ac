/**
 * Highlighting: the matched words of a title, and the passage of an article to show under a
 * result. Returns `Segment`s (plain text plus a flag), never HTML: the query is never put into
 * markup, so a hostile query cannot inject any.
 */
import type { Segment } from './types'
import type { SearchDocument } from './text'
import { fold } from './text'

/** Characters of body text in a snippet, and before its first match. */
const SNIPPET_CHARS = 190
const SNIPPET_LEAD = 45
const JOINER_CLASS = "['’‐-]"
/** Matches kept per text; enough to find the best passage of a long article. */
const MAX_HITS = 400

/** A matched word in a text. */
interface Hit {
  start: number
  end: number
  /** The matched index term. */
  term: string
}

/** Finds the matched words in a text (see `createMatcher`). */
type Matcher = (text: string) => Hit[]

/**
 * Finds the matched words in a text: each term as a whole word, case-insensitively, also inside a
 * joined word ("gut" in "gut-focused") and across joiners ("omega3" in "omega-3"). Terms are
 * letters and digits only (they come from the index), so they are safe to put in a pattern.
 */
export function createMatcher(terms: Iterable<string>): Matcher {
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

const matcherOf = (matchedTerms: Iterable<string> | Matcher): Matcher =>
  typeof matchedTerms === 'function' ? matchedTerms : createMatcher(matchedTerms)

/** A whole text (a title, a summary) with the matched words marked. */
export function highlight(text: string, matchedTerms: Iterable<string> | Matcher): Segment[] {
  return segmentsOf(text, matcherOf(matchedTerms)(text), 0, text.length)
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

/** How many different terms `hits[from, to)` hold. */
function distinctTerms(hits: readonly Hit[], from = 0, to = hits.length): number {
  const terms = new Set<string>()
  for (let i = from; i < to; i++) terms.add(hits[i]!.term)
  return terms.size
}

/**
 * The passage to show under a result: the summary when it holds at least as many of the matched
 * words as the best passage of the body, otherwise that passage (about `SNIPPET_CHARS` characters,
 * cut at spaces, with "…" where it was cut). With no matched word in either, the summary.
 */
export function snippet(document: Pick<SearchDocument, 'summary' | 'body'>, matchedTerms: Iterable<string> | Matcher): Segment[] {
  const match = matcherOf(matchedTerms)
  const summaryHits = match(document.summary)
  const bodyHits = match(document.body)
  const passage = bestPassage(bodyHits)
  if (!passage || distinctTerms(summaryHits) >= passage.score)
    return segmentsOf(document.summary, summaryHits, 0, document.summary.length)
  return passageSegments(document.body, bodyHits, passage.start)
}

/**
 * The window of `SNIPPET_CHARS` starting `SNIPPET_LEAD` before a hit that holds the most distinct
 * matched words (then the most hits); two pointers over the hits. None when there is no hit.
 */
function bestPassage(hits: readonly Hit[]): { start: number; score: number } | undefined {
  let best = { start: -1, score: 0, count: 0 }
  let last = 0
  for (let first = 0; first < hits.length; first++) {
    const from = Math.max(0, hits[first]!.start - SNIPPET_LEAD)
    if (last < first) last = first
    while (last + 1 < hits.length && hits[last + 1]!.end <= from + SNIPPET_CHARS) last++
    const count = last - first + 1
    if (count <= best.count && best.score >= count) continue
    const score = distinctTerms(hits, first, last + 1)
    if (score > best.score || (score === best.score && count > best.count)) best = { start: from, score, count }
  }
  return best.start === -1 ? undefined : best
}

/** The passage of `body` from about `start`, cut at spaces (keeping a sentence's closing punctuation), "…" where cut. */
function passageSegments(body: string, hits: readonly Hit[], start: number): Segment[] {
  let from = start
  if (from > 0) {
    const space = body.slice(from, from + 30).search(/\s/)
    from = space === -1 ? from : from + space + 1
  }
  let to = Math.min(body.length, start + SNIPPET_CHARS)
  if (to < body.length) {
    const space = body.slice(0, to + 1).search(/\s\S*$/)
    if (space > from) to = space
  }
  const segments = segmentsOf(body, hits, from, to)
  if (from > 0) segments.unshift({ text: '… ' })
  if (to < body.trimEnd().length) segments.push({ text: ' …' })
  return mergePlain(segments)
}

/** Joins neighbouring unmarked segments; spaces collapsed, the ends trimmed, empty segments dropped. */
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
