import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleList'
import { getContent } from '@/lib/content/server'
import { pageMetadata, TOPIC_CARD_ALT } from '@/lib/publishing'
import { topicCardPath, topicPath } from '@/lib/routes'

interface Props {
  params: Promise<{ slug: string }>
}

export function generateStaticParams() {
  return getContent()
    .listTopics()
    .map((topic) => ({ slug: topic.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getContent().getTopic((await params).slug)
  if (!topic) notFound()
  return pageMetadata({
    title: topic.title,
    description: topic.description,
    path: topicPath(topic.slug),
    topic,
    card: { url: topicCardPath(topic.slug), alt: TOPIC_CARD_ALT },
  })
}

export default async function TopicPage({ params }: Props) {
  const content = getContent()
  const topic = content.getTopic((await params).slug)
  if (!topic) notFound()
  const articles = content.listArticlesInTopic(topic.slug)
  return (
    <>
      <header className="topic-header">
        <p className="eyebrow">Topic</p>
        <h1>{topic.title}</h1>
      </header>
      <ArticleBody html={topic.bodyHtml} />
      <section aria-labelledby="topic-articles-title">
        <h2 id="topic-articles-title">Articles on {topic.title.toLowerCase()}</h2>
        {articles.length > 0 ? (
          <ArticleList listings={content.listingsOf(articles)} headingLevel={3} />
        ) : (
          <p>No articles on this topic yet.</p>
        )}
      </section>
    </>
  )
}
