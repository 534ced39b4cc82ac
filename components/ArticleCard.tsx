import Link from 'next/link'
import { useId } from 'react'
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
  // Each card is named by its title, so that the page's articles are told apart by name.
  const titleId = useId()
  return (
    <article className="article-card" aria-labelledby={titleId}>
      <Heading className="article-card-title" id={titleId}>
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
