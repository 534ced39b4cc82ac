import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getContent } from '@/lib/content/server'
import { pageMetadata } from '@/lib/publishing'
import { ArticleIndex } from './ArticleIndex'
import { ARTICLES_PATH } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description: 'Every article on the gut–skin axis, newest first.',
  path: ARTICLES_PATH,
})

export default function ArticlesPage() {
  const firstPage = getContent().getArticlePage(1)
  if (!firstPage) notFound()
  return <ArticleIndex articlePage={firstPage} />
}
