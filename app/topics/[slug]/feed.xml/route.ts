/** `GET /topics/<slug>/feed.xml`: a topic's newest public articles as RSS 2.0 (lib/publishing/feeds.ts). */
import { getContent } from '@/lib/content/server'
import { buildFeed, feedResponse, unknownTopicFeedResponse } from '@/lib/publishing'

// Like every page: cached, and rebuilt at most 15 minutes after a scheduled article goes live.
export const revalidate = 900

export function generateStaticParams() {
  return getContent()
    .listTopics()
    .map((topic) => ({ slug: topic.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const content = getContent()
  const { slug } = await params
  const topic = content.getTopic(slug)
  if (!topic) return unknownTopicFeedResponse(slug, content)
  return feedResponse(buildFeed(content, { topic }), 'rss')
}
