import type { Metadata } from 'next'
import { CorrectionList } from '@/components/CorrectionList'
import { getContent } from '@/lib/content/server'
import { pageMetadata } from '@/lib/publishing'
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH } from '@/lib/routes'
import { SITE } from '@/lib/site'

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Corrections',
    description: `Every correction to an article on ${SITE.name}, newest first, and how we correct mistakes.`,
    path: CORRECTIONS_PATH,
  }),
  alternates: {
    canonical: CORRECTIONS_PATH,
    types: { 'application/rss+xml': [{ url: CORRECTIONS_FEED_PATH, title: `${SITE.name}: corrections (RSS)` }] },
  },
}

export const revalidate = 900

export default function CorrectionsPage() {
  return (
    <>
      <h1>Corrections</h1>
      <p>
        When a fact in an article was wrong, we correct it and say so: on the article, under &ldquo;What changed&rdquo;, and here.
        Updates with new evidence and small fixes such as typos are listed on each article, not here.
      </p>
      <p>
        <a href={CORRECTIONS_FEED_PATH}>Follow corrections by RSS</a>
      </p>
      <CorrectionList corrections={getContent().listCorrections()} />
    </>
  )
}
