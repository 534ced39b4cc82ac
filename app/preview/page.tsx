/**
 * `/preview`, the editors' desk: drafts, articles in review, scheduled articles and published ones
 * a medical reviewer must look at again, grouped by state, each with who acts next and a link that
 * opens it in preview. For editors in preview (Draft Mode) only; for everyone else it is a 404: the
 * build renders it with Draft Mode off, so the file it writes is the 404, and only a request
 * carrying the Draft Mode cookie renders the desk, uncached.
 */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { formatDateTime } from '@/components/PreviewBanner'
import { DESK_STATES, type DeskEntry, type DeskState } from '@/lib/content'
import { getContent } from '@/lib/content/server'
import { articlePath, PREVIEW_INDEX_PATH, previewExitPath, studioArticlePath } from '@/lib/routes'
import { studioEnabled } from '@/lib/studio'
import { isPreviewRequest } from '@/lib/preview'

async function requirePreview(): Promise<void> {
  if (!(await isPreviewRequest())) notFound()
}

export async function generateMetadata(): Promise<Metadata> {
  await requirePreview()
  return { title: "Editors' desk", robots: { index: false, follow: false } }
}

const SECTIONS: Record<DeskState, { heading: string; status: string }> = {
  draft: { heading: 'Drafts: the writer acts next', status: 'Draft' },
  review: { heading: 'Ready for medical review: the reviewer acts next', status: 'In review' },
  scheduled: { heading: 'Scheduled: they go live on their own', status: 'Scheduled' },
  'illustrative-reviewer': {
    heading: 'Published with an illustrative (placeholder) reviewer: a real medical reviewer acts next',
    status: 'No real review',
  },
  'review-overdue': { heading: 'Published, review overdue: the reviewer acts next', status: 'Review overdue' },
  'updated-after-review': { heading: 'Published, updated after review: the reviewer acts next', status: 'Updated after review' },
}

function dateNote(entry: DeskEntry): string | null {
  if (entry.state === 'draft') return ' (not scheduled: status is draft)'
  if (entry.state === 'review') return ' (not scheduled: status is review)'
  return null
}

function nextActor(entry: DeskEntry): string {
  if (entry.next === 'writer') return `Writer: ${entry.actor?.name ?? entry.article.author}`
  if (entry.next === 'reviewer') return `Medical reviewer: ${entry.actor?.name ?? 'not yet named'}`
  return 'Nobody'
}

export default async function EditorsDeskPage() {
  await requirePreview()
  const desk = getContent().editors.desk({ preview: true })
  const inStudio = studioEnabled()
  return (
    <>
      <h1>Editors&apos; desk</h1>
      <p>
        Articles that need a writer or a medical reviewer, and those scheduled to go live. Only editors in preview can open the
        unpublished ones; scheduled articles appear on the site within 15 minutes of their time.{' '}
        <a href={previewExitPath(PREVIEW_INDEX_PATH)}>Exit preview</a>
      </p>
      {desk.length === 0 ? <p>Nothing is waiting: every article is published and reviewed.</p> : null}
      {DESK_STATES.map((state) => {
        const entries = desk.filter((entry) => entry.state === state)
        if (entries.length === 0) return null
        return (
          <section key={state} aria-labelledby={`desk-${state}`}>
            <h2 id={`desk-${state}`}>{SECTIONS[state].heading}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Article</th>
                    <th scope="col">Status</th>
                    <th scope="col">Date</th>
                    <th scope="col">Author</th>
                    <th scope="col">Next</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.article.slug}>
                      <td>
                        <Link href={articlePath(entry.article.slug)} prefetch={false}>
                          {entry.article.title}
                        </Link>
                        {inStudio ? (
                          <>
                            {' '}
                            (<a href={studioArticlePath(entry.article.slug)}>edit</a>)
                          </>
                        ) : null}
                      </td>
                      <td>{SECTIONS[state].status}</td>
                      <td>
                        <time dateTime={entry.article.publishedAt.toISOString()}>
                          {formatDateTime(entry.article.publishedAt)}
                        </time>
                        {dateNote(entry)}
                      </td>
                      <td>{entry.author?.name ?? entry.article.author}</td>
                      <td>{nextActor(entry)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </>
  )
}
