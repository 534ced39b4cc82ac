import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleList'
import { AuthorProfile } from '@/components/AuthorProfile'
import { getContent } from '@/lib/content/server'
import { presentProfile } from '@/lib/editorial'
import { authorProfilePage, jsonLdScript, pageMetadata } from '@/lib/publishing'
import { AUTHORS_PATH, authorPath } from '@/lib/routes'

interface Props {
  params: Promise<{ slug: string }>
}

export function generateStaticParams() {
  return getContent()
    .listAuthors()
    .map((author) => ({ slug: author.slug }))
}

async function authorView({ params }: Props) {
  const view = getContent().getAuthorView((await params).slug)
  if (!view) notFound()
  return view
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { author } = await authorView(props)
  const shown = presentProfile(author)
  return pageMetadata({
    title: shown.name,
    description: shown.notice ?? `Articles written and medically reviewed by ${shown.name}.`,
    path: authorPath(author.slug),
  })
}

export default async function AuthorPage(props: Props) {
  const view = await authorView(props)
  const { author, written, reviewed } = view
  const shown = presentProfile(author)
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(authorProfilePage(view)) }} />
      <AuthorProfile author={author} />
      <ArticleBody html={author.bodyHtml} />
      {written.length > 0 || author.role !== 'medical-reviewer' ? (
        <section aria-labelledby="author-written-title">
          <h2 id="author-written-title">Articles written</h2>
          {written.length > 0 ? <ArticleList listings={written} headingLevel={3} /> : <p>No published articles yet.</p>}
        </section>
      ) : null}
      {reviewed.length > 0 || author.role === 'medical-reviewer' ? (
        <section aria-labelledby="author-reviewed-title">
          <h2 id="author-reviewed-title">
            {shown.illustrative ? 'Articles naming this placeholder as reviewer' : 'Articles reviewed'}
          </h2>
          {shown.illustrative && reviewed.length > 0 ? (
            <p>No medical review took place: these articles name a placeholder as their reviewer.</p>
          ) : null}
          {reviewed.length > 0 ? <ArticleList listings={reviewed} headingLevel={3} /> : <p>No published articles yet.</p>}
        </section>
      ) : null}
      <p>
        <Link href={AUTHORS_PATH}>All authors and reviewers</Link>
      </p>
    </>
  )
}
