import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { type ArticlePage } from '@/lib/content'
import { getContent } from '@/lib/content/server'
import { pageMetadata } from '@/lib/publishing'
import { PRERENDERED_ARTICLE_LIST_PAGES } from '@/lib/site'
import { ArticleIndex } from '../../ArticleIndex'
import { articlesPagePath } from '@/lib/routes'

interface Props {
  params: Promise<{ page: string }>
}

/** Pages 2 and up (page 1 is `/articles`); the rest render on their first request. */
export function generateStaticParams() {
  const pageCount = Math.min(getContent().getArticlePage(1)?.pageCount ?? 1, PRERENDERED_ARTICLE_LIST_PAGES)
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }))
}

/** Page 2 or later, written without leading zeros; anything else is a 404. */
async function requestedPage(params: Props['params']): Promise<ArticlePage> {
  const { page } = await params
  const articlePage = /^[1-9]\d*$/.test(page) && page !== '1' ? getContent().getArticlePage(Number(page)) : undefined
  if (!articlePage) notFound()
  return articlePage
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await requestedPage(params)
  return pageMetadata({
    title: `Articles, page ${page}`,
    description: `Articles on the gut–skin axis, page ${page}.`,
    path: articlesPagePath(page),
  })
}

export default async function ArticlesPageN({ params }: Props) {
  return <ArticleIndex articlePage={await requestedPage(params)} />
}
