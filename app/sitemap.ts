import type { MetadataRoute } from 'next'
import { getContent } from '@/lib/content/server'
import { sitemapEntries } from '@/lib/publishing'

// Like every page: cached, and rebuilt at most 15 minutes after a scheduled article goes live.
export const revalidate = 900

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getContent())
}
