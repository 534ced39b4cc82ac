import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getContent } from '@/lib/content'
import { PRERENDERED_ARTICLE_LIST_PAGES } from '@/lib/site'
import { ArticleIndex } from '../../ArticleIndex'

interface Props {
  params: Promise<{ page: string }>
}

/** Pages 2 and up (page 1 is `/articles`); the rest render on their first request. */
export function generateStaticParams() {
  const pageCount = Math.min(getContent().getArticlePage(1)?.pageCount ?? 1, PRERENDERED_ARTICLE_LIST_PAGES)
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }))
}

function pageNumber(param: string): number {
  return /^[1-9]\d*$/.test(param) ? Number(param) : Number.NaN
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return {
    title: `Articles, page ${page}`,
    description: `Articles on the gut–skin axis, page ${page}.`,
    alternates: { canonical: `/articles/page/${page}` },
  }
}

export default async function ArticlesPageN({ params }: Props) {
  const page = pageNumber((await params).page)
  if (page < 2) notFound()
  return <ArticleIndex page={page} />
}
