import type { Topic } from '@/lib/content'

/** The topics an article belongs to, each linking to its topic page. */
export function TopicLinks({ topics }: { topics: Pick<Topic, 'slug' | 'title'>[] }) {
  return (
    <ul className="topic-links" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={`/topics/${topic.slug}`}>{topic.title}</a>
        </li>
      ))}
    </ul>
  )
}
