import type { Article, Author, Topic } from '@/lib/content'
import { FormattedDate } from './FormattedDate'
import { TopicLinks } from './TopicLinks'

export interface ArticleHeaderProps {
  article: Pick<Article, 'title' | 'summary' | 'publishedAt' | 'updatedAt'>
  author: Pick<Author, 'name' | 'credentials'>
  topics: Pick<Topic, 'slug' | 'title'>[]
  readingMinutes: number
}

export function ArticleHeader({ article, author, topics, readingMinutes }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <TopicLinks topics={topics} />
      <h1>{article.title}</h1>
      <p className="article-summary">{article.summary}</p>
      <p className="article-byline">
        By <span className="author-name">{author.name}</span>
        {author.credentials ? <span className="author-credentials">, {author.credentials}</span> : null}
      </p>
      <dl className="article-dates">
        <div>
          <dt>Published</dt>
          <dd>
            <FormattedDate date={article.publishedAt} />
          </dd>
        </div>
        {article.updatedAt ? (
          <div>
            <dt>Updated</dt>
            <dd>
              <FormattedDate date={article.updatedAt} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Reading time</dt>
          <dd>{readingMinutes} min</dd>
        </div>
      </dl>
    </header>
  )
}
