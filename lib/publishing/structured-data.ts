/**
 * schema.org JSON-LD for an article page: a `MedicalWebPage` naming who wrote and who medically
 * reviewed it, when, what it is about and the works it cites, so that search engines and other
 * machines can check the same things a reader can. `reviewedBy` and `lastReviewed` are stated only
 * for a real review that covers the current text (lib/editorial/review.ts): never for an
 * illustrative reviewer, nor for a review of an earlier version.
 */
import { referenceUrl, reviewCoversCurrentText, type Reference } from '../editorial'
import type { Article, Author, ReviewOfArticle, Topic } from '../content'
import { absoluteUrl, articlePath, topicPath } from '../routes'
import { SITE } from '../site'

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

function person(author: Pick<Author, 'name' | 'credentials' | 'slug'>) {
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.credentials ? { honorificSuffix: author.credentials } : {}),
  }
}

export interface MedicalWebPageInput {
  article: Article
  author: Author
  /** The content store's `reviewOf(article)`. */
  review: ReviewOfArticle
  topics: Topic[]
  references: Reference[]
}

export function medicalWebPage({ article, author, review, topics, references }: MedicalWebPageInput) {
  const vouched = reviewCoversCurrentText(review) && review.reviewer ? { review, reviewer: review.reviewer } : undefined
  const url = absoluteUrl(articlePath(article.slug), SITE.url)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    headline: article.title,
    description: article.summary,
    inLanguage: 'en',
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    ...(vouched ? { lastReviewed: isoDate(vouched.review.reviewedAt) } : {}),
    author: person(author),
    ...(vouched ? { reviewedBy: person(vouched.reviewer) } : {}),
    publisher: { '@type': 'Organization', name: SITE.name, url: SITE.url },
    about: topics.map((topic) => ({ '@type': 'Thing', name: topic.title, url: absoluteUrl(topicPath(topic.slug), SITE.url) })),
    citation: references.map((reference) => ({
      '@type': 'ScholarlyArticle',
      name: reference.title,
      author: reference.authors,
      datePublished: String(reference.year),
      isPartOf: { '@type': 'Periodical', name: reference.journal },
      ...(reference.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: reference.doi } } : {}),
      ...(referenceUrl(reference) ? { url: referenceUrl(reference) } : {}),
    })),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
