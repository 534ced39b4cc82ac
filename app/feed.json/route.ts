/** `GET /feed.json`: the newest public articles as JSON Feed 1.1 (lib/publishing/feeds.ts). */
import { getContent } from '@/lib/content/server'
import { buildFeed, feedResponse } from '@/lib/publishing'

// Like every page: cached, and rebuilt at most 15 minutes after a scheduled article goes live.
export const revalidate = 900

export function GET(): Response {
  return feedResponse(buildFeed(getContent()), 'json')
}
