/**
 * schema.org JSON-LD for an article page: a `MedicalWebPage` naming who wrote and who medically
 * reviewed it, when, what it is about and the works it cites, so that search engines and other
 * machines can check the same things a reader can.
 */
import { referenceUrl, type Reference } from '../editorial'
import type { Article, Author, Topic } from '../content'
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
  reviewer?: Author
  topics: Topic[]
  references: Reference[]
}

export function medicalWebPage({ article, author, reviewer, topics, references }: MedicalWebPageInput) {
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
    ...(article.reviewedAt ? { lastReviewed: isoDate(article.reviewedAt) } : {}),
    author: person(author),
    ...(reviewer ? { reviewedBy: person(reviewer) } : {}),
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
