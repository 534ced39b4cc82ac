import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/ArticleBody'
import { ArticleHeader } from '@/components/ArticleHeader'
import { getContent, readingMinutes } from '@/lib/content'
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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getContent().getArticle((await params).slug)
  if (!article) notFound()
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const content = getContent()
  const article = content.getArticle((await params).slug)
  if (!article) notFound()
  const author = content.getAuthor(article.author)
  if (!author) notFound()
  const { newer, older } = content.getAdjacentArticles(article.slug)
  return (
    <article className="article">
      <ArticleHeader
        article={article}
        author={author}
        topics={content.topicsOf(article)}
        readingMinutes={readingMinutes(article)}
      />
      <ArticleBody html={article.bodyHtml} />
      <nav className="adjacent-articles" aria-label="More articles">
        {older ? (
          <Link href={`/articles/${older.slug}`} rel="prev">
            ← {older.title}
          </Link>
        ) : null}
        {newer ? (
          <Link href={`/articles/${newer.slug}`} rel="next">
            {newer.title} →
          </Link>
        ) : null}
      </nav>
    </article>
  )
}
