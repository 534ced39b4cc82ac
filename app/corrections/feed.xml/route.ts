/** `GET /corrections/feed.xml`: every correction of a public article as RSS 2.0 (lib/publishing/feeds.ts). */
import { getContent } from '@/lib/content/server'
import { buildCorrectionsFeed, feedResponse } from '@/lib/publishing'

// Like every page: cached, and rebuilt at most 15 minutes after a scheduled article goes live.
export const revalidate = 900

export function GET(): Response {
  return feedResponse(buildCorrectionsFeed(getContent()), 'rss')
}
