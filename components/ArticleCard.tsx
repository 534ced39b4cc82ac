import Link from 'next/link'
import type { Article, Topic } from '@/lib/content'
import { FormattedDate } from './FormattedDate'
import { TopicLinks } from './TopicLinks'
import { articlePath } from '@/lib/routes'

export interface ArticleCardProps {
  article: Pick<Article, 'slug' | 'title' | 'summary' | 'publishedAt'>
  topics: Pick<Topic, 'slug' | 'title'>[]
  readingMinutes: number
  /** Heading level, so that cards fit the outline of the page they are on. */
  headingLevel?: 2 | 3
}

export function ArticleCard({ article, topics, readingMinutes, headingLevel = 2 }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="article-card">
      <Heading className="article-card-title">
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </Heading>
      <p className="article-card-summary">{article.summary}</p>
      <p className="article-meta">
        <FormattedDate date={article.publishedAt} /> · {readingMinutes} min read
      </p>
      <TopicLinks topics={topics} />
    </article>
  )
}
