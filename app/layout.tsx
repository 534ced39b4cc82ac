import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ContentProblems } from '@/components/ContentProblems'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { readContentProblems } from '@/lib/content'
import { getContent } from '@/lib/content/server'
import { feedAlternates } from '@/lib/publishing'
import { SITE } from '@/lib/site'
// Site-wide base first (colours, type, layout), then the article page's parts, then search.
import './globals.css'
import './styles/article.css'
import './styles/search.css'

/**
 * Every page is static and regenerated at most every 15 minutes when requested, so what is public
 * follows the clock (a scheduled article appears, a review falls due) without a rebuild.
 */
export const revalidate = 900

export const metadata: Metadata = {
  metadataBase: new URL(SITE.url),
  title: { default: SITE.name, template: `%s · ${SITE.name}` },
  description: SITE.description,
  // Pages without metadata of their own (the 404, the preview index) still advertise the feeds.
  alternates: { types: feedAlternates() },
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#14161a' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  // `npm run dev` only: what the content step refused (a production build never has a report).
  const problems = process.env.NODE_ENV === 'development' ? readContentProblems() : undefined
  return (
    <html lang="en">
      <body>
        {problems ? <ContentProblems report={problems} /> : null}
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter reviewPromise={getContent().reviewPromise()} />
      </body>
    </html>
  )
}
