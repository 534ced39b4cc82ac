import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/ArticleBody'
import { ArticleHeader } from '@/components/ArticleHeader'
import { ArticlePager } from '@/components/ArticlePager'
import { MedicalDisclaimer } from '@/components/MedicalDisclaimer'
import { PreviewBanner } from '@/components/PreviewBanner'
import { ReferenceList } from '@/components/ReferenceList'
import { RelatedArticles } from '@/components/RelatedArticles'
import { ReviewLine } from '@/components/ReviewLine'
import { TableOfContents } from '@/components/TableOfContents'
import { TakeawaysBox } from '@/components/TakeawaysBox'
import { citedKeys } from '@/lib/editorial'
import { articleCardPath, articlePath, previewExitPath } from '@/lib/routes'
import { getContent, lastModifiedOf, readingMinutes } from '@/lib/content'
import { isPreviewRequest } from '@/lib/preview'
import { pageMetadata } from '@/lib/publishing'
import { ARTICLE_CARD_ALT } from '@/lib/publishing'
import { jsonLdScript, medicalWebPage } from '@/lib/publishing'
import { PRERENDERED_ARTICLES } from '@/lib/site'
import { tableOfContents } from '@/lib/content'

interface Props {
  params: Promise<{ slug: string }>
}

/** The newest articles are built ahead; older ones render on their first request (see lib/site.ts). */
export function generateStaticParams() {
  return getContent()
    .listArticles()
    .slice(0, PRERENDERED_ARTICLES)
    .map((article) => ({ slug: article.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Draft Mode (an editor's preview) also shows drafts and scheduled articles; see lib/content/store.ts.
  const preview = await isPreviewRequest()
  const content = getContent()
  const article = content.getArticle((await params).slug, { preview })
  if (!article) notFound()
  return {
    ...pageMetadata({
      title: article.title,
      description: article.summary,
      path: articlePath(article.slug),
      card: { url: articleCardPath(article.slug), alt: ARTICLE_CARD_ALT },
      article: {
        publishedAt: article.publishedAt,
        modifiedAt: lastModifiedOf(article),
        authors: [content.getAuthor(article.author)?.name ?? article.author],
        topics: content.topicsOf(article).map((topic) => topic.title),
      },
    }),
    robots: preview ? { index: false, follow: false } : undefined,
  }
}

export default async function ArticlePage({ params }: Props) {
  const content = getContent()
  const preview = await isPreviewRequest()
  const article = content.getArticle((await params).slug, { preview })
  if (!article) notFound()
  const author = content.getAuthor(article.author)
  if (!author) notFound()
  const { newer, older } = content.getAdjacentArticles(article.slug, { preview })
  const topics = content.topicsOf(article)
  const reviewer = article.reviewedBy ? content.getAuthor(article.reviewedBy) : undefined
  const review = content.reviewOf(article)
  const references = content.referencesOf(article)
  const citedInBody = new Set(citedKeys(article.bodyHtml))
  const jsonLd = medicalWebPage({ article, author, reviewer, topics, references })
  return (
    <>
      <article className="article">
        {preview ? (
          <PreviewBanner
            publication={content.publicationOf(article)}
            publishedAt={article.publishedAt}
            exitHref={previewExitPath(articlePath(article.slug))}
          />
        ) : null}
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
        <ArticleHeader article={article} author={author} topics={topics} readingMinutes={readingMinutes(article)} />
        {reviewer && review ? (
          <ReviewLine reviewer={reviewer} review={review} lastUpdated={article.updatedAt ?? article.publishedAt} />
        ) : null}
        <TakeawaysBox
          takeaways={article.takeaways ?? []}
          referenceNumbers={new Map(references.map((reference, index) => [reference.id, index + 1]))}
        />
        <TableOfContents entries={tableOfContents(article.bodyHtml)} />
        <ArticleBody html={article.bodyHtml} />
        <ReferenceList references={references} citedInBody={citedInBody} />
        <MedicalDisclaimer />
      </article>
      <RelatedArticles listings={content.listingsOf(content.relatedArticles(article.slug, { preview }))} />
      <ArticlePager older={older} newer={newer} />
    </>
  )
}
