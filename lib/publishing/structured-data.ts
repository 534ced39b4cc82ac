/**
 * schema.org JSON-LD for an article page: a `MedicalWebPage` naming who wrote and who medically
 * reviewed it, when, what it is about and the works it cites, so that search engines and other
 * machines can check the same things a reader can. `reviewedBy` and `lastReviewed` are stated only
 * for a real review that covers the current text (lib/editorial/review.ts): never for an
 * illustrative reviewer, nor for a review of an earlier version. A writer is a `Person` only when
 * the profile is real (lib/editorial/authorship.ts): an illustrative one is credited in words
 * (`creditText`) that say it is a placeholder, with no `Person` and no credentials. An author's
 * page gets a `ProfilePage` about its `Person`, under the same rule.
 */
import { presentProfile, referenceUrl, reviewCoversCurrentText, type Reference } from '../editorial'
import { AUTHOR_ROLE_LABELS, type Article, type Author, type AuthorView, type ReviewOfArticle, type Topic } from '../content'
import { absoluteUrl, articlePath, authorPath, topicPath } from '../routes'
import { SITE } from '../site'

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** A real profile as a schema.org `Person`; `undefined` for a placeholder, which is no person. */
export function schemaPerson(author: Pick<Author, 'name' | 'credentials' | 'slug' | 'illustrative' | 'role'>) {
  const shown = presentProfile(author)
  if (!shown.isPerson) return undefined
  return {
    '@type': 'Person',
    name: shown.name,
    ...(shown.credentials ? { honorificSuffix: shown.credentials } : {}),
    jobTitle: AUTHOR_ROLE_LABELS[author.role],
    url: absoluteUrl(authorPath(author.slug), SITE.url),
  }
}

/** Who wrote the page: `author` for a real person; for a placeholder, only a `creditText` that says so. */
function authorship(author: Author) {
  const writer = schemaPerson(author)
  return writer ? { author: writer } : { creditText: presentProfile(author).credit }
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
    ...authorship(author),
    ...(vouched && schemaPerson(vouched.reviewer) ? { reviewedBy: schemaPerson(vouched.reviewer) } : {}),
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

/**
 * An author's page: a `ProfilePage` whose `mainEntity` is the `Person`, for a real profile; for a
 * placeholder, a plain `WebPage` whose description says it is one, naming no person.
 */
export function authorProfilePage({ author }: Pick<AuthorView, 'author'>) {
  const url = absoluteUrl(authorPath(author.slug), SITE.url)
  const person = schemaPerson(author)
  const page = { '@context': 'https://schema.org', '@id': url, url, name: author.name, inLanguage: 'en' }
  if (!person) return { ...page, '@type': 'WebPage', description: presentProfile(author).notice }
  return { ...page, '@type': 'ProfilePage', mainEntity: person }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
