import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/ArticleList'
import { Pagination } from '@/components/Pagination'
import { getContent } from '@/lib/content'

export const articlesPageHref = (page: number) => (page === 1 ? '/articles' : `/articles/page/${page}`)

/** One page of the article index; `/articles` and `/articles/page/N` both render it. */
export function ArticleIndex({ page }: { page: number }) {
  const content = getContent()
  const articlePage = content.getArticlePage(page)
  if (!articlePage) notFound()
  return (
    <>
      <h1>Articles</h1>
      <p>
        {articlePage.total} articles, newest first. Page {articlePage.page} of {articlePage.pageCount}.
      </p>
      <ArticleList listings={content.listingsOf(articlePage.articles)} />
      <Pagination page={articlePage.page} pageCount={articlePage.pageCount} hrefFor={articlesPageHref} />
    </>
  )
}
