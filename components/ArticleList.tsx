import type { ArticleListing } from '@/lib/content'
import { ArticleCard } from './ArticleCard'

/** Article cards in the order given; callers pass listings from lib/content, which filtered them. */
export function ArticleList({ listings, headingLevel = 2 }: { listings: ArticleListing[]; headingLevel?: 2 | 3 }) {
  return (
    <ol className="article-list">
      {listings.map(({ article, topics, readingMinutes }) => (
        <li key={article.slug}>
          <ArticleCard article={article} topics={topics} readingMinutes={readingMinutes} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
