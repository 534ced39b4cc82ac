import type { Metadata } from 'next'
import { TopicList } from '@/components/TopicList'
import { getContent } from '@/lib/content'

export const metadata: Metadata = {
  title: 'Topics',
  description: 'Topics on the gut–skin axis: dysbiosis, nutrients, lifestyle and more.',
}

export default function TopicsPage() {
  return (
    <>
      <h1>Topics</h1>
      <TopicList topics={getContent().listTopics()} />
    </>
  )
}
