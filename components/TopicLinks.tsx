import type { Topic } from '@/lib/content'
import { topicPath } from '@/lib/routes'

/** The topics an article belongs to, each linking to its topic page. */
export function TopicLinks({ topics }: { topics: Pick<Topic, 'slug' | 'title'>[] }) {
  return (
    <ul className="topic-links" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={topicPath(topic.slug)}>{topic.title}</a>
        </li>
      ))}
    </ul>
  )
}
