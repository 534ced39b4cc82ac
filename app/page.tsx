import Link from 'next/link'
import { ArticleList } from '@/components/ArticleList'
import { TopicList } from '@/components/TopicList'
import { getContent } from '@/lib/content/server'
import { pageMetadata } from '@/lib/publishing'
import { SITE } from '@/lib/site'
import { ARTICLES_PATH, HOME_PATH } from '@/lib/routes'

export const metadata = pageMetadata({ description: SITE.description, path: HOME_PATH })

const LATEST_COUNT = 5

export default function HomePage() {
  const content = getContent()
  const latest = content.listArticles().slice(0, LATEST_COUNT)
  return (
    <>
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{SITE.name}</h1>
        <p>{SITE.description}</p>
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">Latest articles</h2>
        <ArticleList listings={content.listingsOf(latest)} headingLevel={3} />
        <p>
          <Link href={ARTICLES_PATH}>All articles →</Link>
        </p>
      </section>
      <section aria-labelledby="topics-title">
        <h2 id="topics-title">Topics</h2>
        <TopicList topics={content.listTopics()} />
      </section>
    </>
  )
}
