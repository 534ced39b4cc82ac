/** A topic's social card: its title. */
import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { SocialCard } from '@/components/SocialCard'
import { getContent } from '@/lib/content/server'
import { TOPIC_CARD_ALT, SOCIAL_CARD_SIZE, socialCardFonts } from '@/lib/publishing'

export const size = SOCIAL_CARD_SIZE
export const contentType = 'image/png'
export const alt = TOPIC_CARD_ALT

/** Cards are cached like pages. */
export const revalidate = 900

export function generateStaticParams() {
  return getContent()
    .listTopics()
    .map((topic) => ({ slug: topic.slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const topic = getContent().getTopic((await params).slug)
  if (!topic) notFound()
  return new ImageResponse(<SocialCard title={topic.title} eyebrow="Topic" />, {
    ...SOCIAL_CARD_SIZE,
    fonts: await socialCardFonts(),
  })
}
