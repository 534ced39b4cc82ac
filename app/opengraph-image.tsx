/** The site's social card, for every page without one of its own. */
import { ImageResponse } from 'next/og'
import { SocialCard } from '@/components/SocialCard'
import { SITE_CARD, SOCIAL_CARD_SIZE, socialCardFonts } from '@/lib/publishing'
import { SITE } from '@/lib/site'

export const size = SOCIAL_CARD_SIZE
export const contentType = 'image/png'
export const alt = SITE_CARD.alt

export default async function Image() {
  return new ImageResponse(<SocialCard title={SITE.description} />, { ...SOCIAL_CARD_SIZE, fonts: await socialCardFonts() })
}
