/** Search answers for the search component tests. */
import { articlePath } from '@/lib/routes'
import type { SearchHit, SearchResponse, Segment, TopicSuggestion } from '@/lib/search/types'

export const TOPIC_SUGGESTIONS: TopicSuggestion[] = [
  { slug: 'dysbiosis', title: 'Dysbiosis', description: 'When the gut microbiome is out of balance.', articleCount: 3 },
  { slug: 'nutrients', title: 'Nutrients', description: 'Diet, supplements and the skin.', articleCount: 2 },
  { slug: 'lifestyle', title: 'Lifestyle', description: 'Sleep, stress and exercise.', articleCount: 1 },
]

export function makeHit(slug: string, title: string, matched: string, overrides: Partial<SearchHit> = {}): SearchHit {
  const [before, after] = title.split(matched) as [string, string]
  return {
    slug,
    url: articlePath(slug),
    title,
    titleSegments: ([{ text: before }, { text: matched, match: true }, { text: after }] as Segment[]).filter(
      (segment) => segment.text,
    ),
    summary: `Summary of ${title}.`,
    snippet: [{ text: '… trials of ' }, { text: matched.toLowerCase(), match: true }, { text: ' were small …' }],
    topics: [{ slug: 'dysbiosis', title: 'Dysbiosis' }],
    publishedAt: '2026-03-01T00:00:00.000Z',
    score: 1,
    ...overrides,
  }
}

export function makeResponse(query: string, results: SearchHit[], overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    query,
    topic: null,
    total: results.length,
    totalAllTopics: results.length,
    results,
    facets: [
      { slug: 'dysbiosis', title: 'Dysbiosis', count: results.length },
      { slug: 'nutrients', title: 'Nutrients', count: 1 },
      { slug: 'lifestyle', title: 'Lifestyle', count: 0 },
    ],
    mode: 'all-words',
    ...overrides,
  }
}

export const ECZEMA = makeResponse('eczema', [
  makeHit('eczema-and-the-gut', 'Eczema and the gut', 'Eczema'),
  makeHit('probiotics-for-eczema', 'Probiotics for eczema', 'eczema', { topics: [{ slug: 'nutrients', title: 'Nutrients' }] }),
])

export const NO_MATCH = makeResponse('zzz', [], {
  facets: TOPIC_SUGGESTIONS.map(({ slug, title }) => ({ slug, title, count: 0 })),
})

/** A `fetch` stand-in answering every request with `answer(url)`; records the URLs asked. */
export function fakeFetch(answer: (url: URL) => { status?: number; body: unknown }) {
  const urls: URL[] = []
  const fetch = async (input: string | URL) => {
    const url = new URL(String(input), 'http://localhost')
    urls.push(url)
    const { status = 200, body } = answer(url)
    return { ok: status >= 200 && status < 300, status, json: async () => body } as Response
  }
  return { fetch, urls }
}
