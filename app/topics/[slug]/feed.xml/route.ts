/** `GET /topics/<slug>/feed.xml`: a topic's newest public articles as RSS 2.0 (lib/publishing/feeds.ts). */
import { getContent } from '@/lib/content'
import { buildFeed, feedResponse } from '@/lib/publishing'

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
  if (!topic) {
    const known = content.listTopics().map((each) => each.slug).join(', ')
    return new Response(`No topic "${slug}" (known topics: ${known}), so no feed.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return feedResponse(buildFeed(content, { topic }), 'rss')
}
