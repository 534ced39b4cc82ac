import type { Metadata } from 'next'
import { ArticleIndex } from './ArticleIndex'

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Every article on the gut–skin axis, newest first.',
}

export default function ArticlesPage() {
  return <ArticleIndex page={1} />
}
