import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getContent } from '@/lib/content'
import { ArticleIndex } from './ArticleIndex'

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Every article on the gut–skin axis, newest first.',
}

export default function ArticlesPage() {
  const firstPage = getContent().getArticlePage(1)
  if (!firstPage) notFound()
  return <ArticleIndex articlePage={firstPage} />
}
