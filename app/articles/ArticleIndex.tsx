import { ArticleList } from '@/components/ArticleList'
import { Pagination } from '@/components/Pagination'
import { type ArticlePage } from '@/lib/content'
import { getContent } from '@/lib/content/server'
import { articlesPagePath } from '@/lib/routes'

/** One page of the article index; `/articles` and `/articles/page/N` both render it. */
export function ArticleIndex({ articlePage }: { articlePage: ArticlePage }) {
  const count = articlePage.total === 1 ? '1 article' : `${articlePage.total} articles`
  return (
    <>
      <h1>Articles</h1>
      <p>
        {count}, newest first. Page {articlePage.page} of {articlePage.pageCount}.
      </p>
      <ArticleList listings={getContent().listingsOf(articlePage.articles)} />
      <Pagination page={articlePage.page} pageCount={articlePage.pageCount} hrefFor={articlesPagePath} />
    </>
  )
}
