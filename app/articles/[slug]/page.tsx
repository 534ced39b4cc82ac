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
import { WhatChanged } from '@/components/WhatChanged'
import { type ArticleView } from '@/lib/content'
import { getContent } from '@/lib/content/server'
import { isPreviewRequest } from '@/lib/preview'
import { ARTICLE_CARD_ALT, jsonLdScript, medicalWebPage, pageMetadata } from '@/lib/publishing'
import { articleCardPath, articlePath, previewExitPath } from '@/lib/routes'
import { PRERENDERED_ARTICLES } from '@/lib/site'

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

/** The article at this address for this request: An editor's preview (Draft Mode with a live preview session) also shows unpublished ones. */
async function articleView({ params }: Props): Promise<{ view: ArticleView; preview: boolean }> {
  const preview = await isPreviewRequest()
  const view = getContent().getArticleView((await params).slug, { preview })
  if (!view) notFound()
  return { view, preview }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view, preview } = await articleView(props)
  const { article } = view
  return {
    ...pageMetadata({
      title: article.title,
      description: article.summary,
      path: articlePath(article.slug),
      card: { url: articleCardPath(article.slug), alt: ARTICLE_CARD_ALT },
      article: {
        publishedAt: article.publishedAt,
        modifiedAt: view.lastModified,
        authors: [view.author],
        topics: view.topics.map((topic) => topic.title),
      },
    }),
    robots: preview ? { index: false, follow: false } : undefined,
  }
}

export default async function ArticlePage(props: Props) {
  const { view, preview } = await articleView(props)
  const { article } = view
  return (
    <>
      <article className="article">
        {preview ? (
          <PreviewBanner
            publication={view.publication}
            publishedAt={article.publishedAt}
            exitHref={previewExitPath(articlePath(article.slug))}
          />
        ) : null}
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(medicalWebPage(view)) }} />
        <ArticleHeader article={article} author={view.author} topics={view.topics} readingMinutes={view.readingMinutes} />
        <ReviewLine review={view.review} lastUpdated={view.lastModified} />
        <TakeawaysBox takeaways={article.takeaways ?? []} referenceNumbers={view.referenceNumbers} />
        <TableOfContents entries={view.tableOfContents} />
        <ArticleBody html={article.bodyHtml} />
        <ReferenceList references={view.references} citedInBody={view.citedInBody} />
        <WhatChanged history={view.history} />
        <MedicalDisclaimer />
      </article>
      <RelatedArticles listings={view.related} />
      <ArticlePager older={view.older} newer={view.newer} />
    </>
  )
}
