/** An article's social card: its title and topics. Public articles only. */
import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { SocialCard } from '@/components/SocialCard'
import { getContent } from '@/lib/content/server'
import { ARTICLE_CARD_ALT, SOCIAL_CARD_SIZE, socialCardFonts } from '@/lib/publishing'

export const size = SOCIAL_CARD_SIZE
export const contentType = 'image/png'
export const alt = ARTICLE_CARD_ALT

/** Cached like pages. None is drawn by `next build`: a card is drawn on its first request, which keeps the build's time for pages. */
export const revalidate = 900

export function generateStaticParams(): { slug: string }[] {
  return []
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const content = getContent()
  const article = content.getArticle((await params).slug)
  if (!article) notFound()
  const topics = content.topicsOf(article).map((topic) => topic.title)
  return new ImageResponse(<SocialCard title={article.title} eyebrow={topics.join(' · ')} />, {
    ...SOCIAL_CARD_SIZE,
    fonts: await socialCardFonts(),
  })
}
