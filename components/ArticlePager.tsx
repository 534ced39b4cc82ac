import Link from 'next/link'
import type { Article } from '@/lib/content'
import { articlePath } from '@/lib/routes'

type Neighbour = Pick<Article, 'slug' | 'title'>

interface Props {
  /** Published just before this article. */
  older?: Neighbour
  /** Published just after it. */
  newer?: Neighbour
}

/** Previous and next article, in publication order. */
export function ArticlePager({ older, newer }: Props) {
  if (!older && !newer) return null
  return (
    <nav className="article-pager" aria-label="Previous and next article">
      {older ? (
        <Link href={articlePath(older.slug)} rel="prev" className="article-pager-older">
          <span className="article-pager-label">Previous article</span>
          <span>← {older.title}</span>
        </Link>
      ) : null}
      {newer ? (
        <Link href={articlePath(newer.slug)} rel="next" className="article-pager-newer">
          <span className="article-pager-label">Next article</span>
          <span>{newer.title} →</span>
        </Link>
      ) : null}
    </nav>
  )
}
