import Link from 'next/link'
import type { TopicWithCount } from '@/lib/content'
import { topicPath } from '@/lib/routes'

const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`)

/** Every topic with its description and how many articles it has. */
export function TopicList({ topics }: { topics: Pick<TopicWithCount, 'slug' | 'title' | 'description' | 'articleCount'>[] }) {
  return (
    <ul className="topic-list">
      {topics.map((topic) => (
        <li key={topic.slug} className="topic-list-item">
          <Link href={topicPath(topic.slug)} className="topic-list-title">
            {topic.title}
          </Link>{' '}
          <span className="topic-count">({articles(topic.articleCount)})</span>
          <p>{topic.description}</p>
        </li>
      ))}
    </ul>
  )
}
