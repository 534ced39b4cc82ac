/**
 * Each page's metadata in one shape: title and description, the canonical address, the feeds it
 * advertises, and Open Graph and Twitter cards. Next.js replaces (does not merge) `alternates`,
 * `openGraph` and `twitter` between a layout and a page, so every page builds all of them here.
 * Addresses are relative; the root layout's `metadataBase` (`SITE_URL`) makes them absolute. The
 * card image is named here because a page's `openGraph` replaces its layout's, image included: the
 * site's card (app/opengraph-image.tsx), or the page's own (`cardPath`, an article's or a topic's
 * `opengraph-image` route).
 */
import type { Metadata } from 'next'
import { feedAlternates } from './feeds'
import { presentProfile, type ProfileFacts } from '../editorial'
import type { Topic } from '../content'
import { SITE_CARD_PATH } from '../routes'
import { SITE } from '../site'

export interface PageMetadataInput {
  /** The page's own title; the home page has none and uses the site's name. */
  title?: string
  description: string
  /** The canonical path, e.g. `/topics/nutrients`. */
  path: string
  /** A topic page advertises that topic's feed too. */
  topic?: Pick<Topic, 'slug' | 'title'>
  /** `authors`: the profiles, named as lib/editorial/authorship.ts presents them (a placeholder with its notice). */
  article?: { publishedAt: Date; modifiedAt: Date; authors: ProfileFacts[]; topics: string[] }
  /** The page's own card, e.g. `/articles/<slug>/opengraph-image`; the site's card when absent. */
  card?: { url: string; alt: string }
}

export const SITE_CARD = { url: SITE_CARD_PATH, width: 1200, height: 630, alt: `${SITE.name}: ${SITE.tagline}` }

export function pageMetadata({ title, description, path, topic, article, card }: PageMetadataInput): Metadata {
  const cardTitle = title ?? SITE.name
  const image = card ? { ...SITE_CARD, ...card } : SITE_CARD
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(topic) },
    openGraph: {
      siteName: SITE.name,
      url: path,
      title: cardTitle,
      description,
      images: [image],
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedAt.toISOString(),
            modifiedTime: article.modifiedAt.toISOString(),
            authors: article.authors.map((author) => presentProfile(author).credit),
            tags: article.topics,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: cardTitle, description, images: [image] },
  }
}
