import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getContent } from '@/lib/content'
import { ArticleIndex } from '../../ArticleIndex'

export const dynamicParams = false

interface Props {
  params: Promise<{ page: string }>
}

/** Pages 2 and up; page 1 is `/articles`. */
export function generateStaticParams() {
  const firstPage = getContent().getArticlePage(1)
  const pageCount = firstPage?.pageCount ?? 1
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
