import type { ArticleListing } from '@/lib/content'
import { ArticleList } from './ArticleList'

/** "Related reading" at the end of an article; nothing when no article shares a topic with it. */
export function RelatedArticles({ listings }: { listings: ArticleListing[] }) {
  if (listings.length === 0) return null
  return (
    <section className="related-articles" aria-labelledby="related-title">
      <h2 id="related-title">Related reading</h2>
      <ArticleList listings={listings} headingLevel={3} />
    </section>
  )
}
