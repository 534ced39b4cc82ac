import type { Metadata } from 'next'
import { AuthorList } from '@/components/AuthorList'
import { getContent } from '@/lib/content/server'
import { pageMetadata } from '@/lib/publishing'
import { AUTHORS_PATH } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Authors',
  description: 'Who writes and who medically reviews the articles, with what each has written and reviewed.',
  path: AUTHORS_PATH,
})

export default function AuthorsPage() {
  return (
    <>
      <h1>Authors</h1>
      <AuthorList authors={getContent().listAuthorsWithCounts()} />
    </>
  )
}
