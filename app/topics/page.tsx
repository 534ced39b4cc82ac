import type { Metadata } from 'next'
import { TopicList } from '@/components/TopicList'
import { getContent } from '@/lib/content/server'
import { pageMetadata } from '@/lib/publishing'
import { TOPICS_PATH } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description: 'Topics on the gut–skin axis: dysbiosis, nutrients, lifestyle and more.',
  path: TOPICS_PATH,
})

export default function TopicsPage() {
  return (
    <>
      <h1>Topics</h1>
      <TopicList topics={getContent().listTopics()} />
    </>
  )
}
