/**
 * `/preview`: every draft and scheduled article, for editors in preview (Draft Mode). For everyone
 * else it is a 404: the build renders it with Draft Mode off, so the file it writes is the 404, and
 * only a request carrying the Draft Mode cookie renders the list, uncached.
 */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { formatDateTime } from '@/components/PreviewBanner'
import { getContent } from '@/lib/content'
import { isPreviewRequest } from '@/lib/preview'
import { articlePath, PREVIEW_INDEX_PATH, previewExitPath } from '@/lib/routes'

async function requirePreview(): Promise<void> {
  if (!(await isPreviewRequest())) notFound()
}

export async function generateMetadata(): Promise<Metadata> {
  await requirePreview()
  return { title: 'Preview: unpublished articles', robots: { index: false, follow: false } }
}

export default async function PreviewIndexPage() {
  await requirePreview()
  const content = getContent()
  const unpublished = content.listUnpublished({ preview: true })
  return (
    <>
      <h1>Preview: unpublished articles</h1>
      <p>
        Drafts and scheduled articles: only editors in preview can open them. Scheduled articles appear on the site
        within 15 minutes of their time. <a href={previewExitPath(PREVIEW_INDEX_PATH)}>Exit preview</a>
      </p>
      {unpublished.length === 0 ? (
        <p>Every article is published.</p>
      ) : (
        <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Status</th>
              <th scope="col">Scheduled for</th>
              <th scope="col">Author</th>
            </tr>
          </thead>
          <tbody>
            {unpublished.map(({ article, publication, author }) => (
              <tr key={article.slug}>
                <td>
                  <Link href={articlePath(article.slug)} prefetch={false}>
                    {article.title}
                  </Link>
                </td>
                <td>{publication === 'scheduled' ? 'Scheduled' : 'Draft'}</td>
                <td>
                  <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
                  {publication === 'draft' ? ' (not scheduled: status is draft)' : null}
                </td>
                <td>{author?.name ?? article.author}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </>
  )
}
