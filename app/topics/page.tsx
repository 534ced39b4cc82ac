import type { Metadata } from 'next'
import { TopicList } from '@/components/TopicList'
import { getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/publishing'

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description: 'Topics on the gut–skin axis: dysbiosis, nutrients, lifestyle and more.',
  path: '/topics',
})

export default function TopicsPage() {
  return (
    <>
      <h1>Topics</h1>
      <TopicList topics={getContent().listTopics()} />
    </>
  )
}
