/**
 * Text for search: folding (case and accents), the words of a text, the index terms they give, and
 * what of an article's Markdown is searchable. Indexing, query parsing (./query.ts) and
 * highlighting (./highlight.ts) all read words through this module, so that they agree.
 *
 * Hyphenated words are indexed as their parts and joined ("omega-3" → omega, 3, omega3), so
 * "omega 3", "omega-3" and "omega3" all find it.
 */

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

/** A word: letters, digits and combining marks, possibly joined by hyphens or apostrophes. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‐-][\p{L}\p{N}\p{M}]+)*/gu
const JOINERS = /['’‐-]/
const COMBINING_MARKS = /\p{M}/gu
const PLAIN_WORD = /^[a-z0-9]+$/i

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
    lines.push(
      inlineText(
        line
          .replace(/^\s{0,3}\[\^[^\]]+\]:\s*/, '')
          .replace(/^\s*(?:>\s*)+/, '')
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''),
      ),
    )
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
