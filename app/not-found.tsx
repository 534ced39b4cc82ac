import type { Metadata } from 'next'
import Link from 'next/link'
import { ARTICLES_PATH, HOME_PATH, TOPICS_PATH } from '@/lib/routes'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href={ARTICLES_PATH}>Browse all articles</Link>
        </li>
        <li>
          <Link href={TOPICS_PATH}>Browse topics</Link>
        </li>
        <li>
          <Link href={HOME_PATH}>Go to the home page</Link>
        </li>
      </ul>
    </section>
  )
}
