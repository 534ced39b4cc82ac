/**
 * `GET /api/search?q=…&topic=…&limit=…`: ranked public articles as JSON, each with its title and a
 * snippet whose matched words are marked, plus topic facets (lib/search/types.ts, `SearchResponse`).
 *
 * 400 with `{ "error": "…", "parameter": "q" | "topic" | "limit", "issues": […] }` for a missing,
 * blank or over-200-character `q`, a `limit` that is not a number (numbers are clamped to 1–50), or
 * an unknown `topic` (the error then also lists `knownTopics`). See lib/search/params.ts.
 */
import { getSiteSearch, parseSearchParams } from '@/lib/search'

// Answers follow lib/content/store.ts's clock: never a build-time snapshot.
export const dynamic = 'force-dynamic'

export function GET(request: Request): Response {
  const search = getSiteSearch()
  const params = parseSearchParams(new URL(request.url).searchParams, search.topicSlugs())
  if (!params.ok) {
    return Response.json(params.error, { status: 400, headers: { 'Cache-Control': 'no-store' } })
  }
  const { q, topic, limit } = params.value
  return Response.json(search.search({ query: q, topic, limit }), {
    // Short, so that an article that has just become public shows up within a minute.
    headers: { 'Cache-Control': 'public, max-age=60' },
  })
}
