import type { Article, Author, Topic } from '@/lib/content'
import { presentProfile } from '@/lib/editorial'
import { authorPath } from '@/lib/routes'
import { FormattedDate } from './FormattedDate'
import { TopicLinks } from './TopicLinks'

export interface ArticleHeaderProps {
  article: Pick<Article, 'title' | 'summary' | 'publishedAt' | 'updatedAt'>
  author: Pick<Author, 'slug' | 'name' | 'credentials' | 'illustrative'>
  topics: Pick<Topic, 'slug' | 'title'>[]
  readingMinutes: number
}

export function ArticleHeader({ article, author, topics, readingMinutes }: ArticleHeaderProps) {
  // lib/editorial/authorship.ts decides: a placeholder's name comes with its notice and without credentials.
  const shown = presentProfile(author)
  return (
    <header className="article-header">
      <TopicLinks topics={topics} />
      <h1>{article.title}</h1>
      <p className="article-summary">{article.summary}</p>
      <p className="article-byline">
        By{' '}
        <a className="author-name" href={authorPath(author.slug)}>
          {shown.name}
        </a>
        {shown.credentials ? <span className="author-credentials">, {shown.credentials}</span> : null}
        {shown.bylineNotice ? (
          <>
            {' · '}
            <strong className="author-notice">{shown.bylineNotice}</strong>
          </>
        ) : null}
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
