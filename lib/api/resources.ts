/**
 * The content store's objects as the API's bodies (the types of schemas.ts). Everything shown is
 * what the store and the article view model say: visibility, publication state, review status,
 * reference numbers, related reading. Nothing here decides what is public.
 */
import type { Article, ArticleHistory, ArticleView, Author, ContentStore, ReviewOfArticle, Topic } from '../content'
import {
  EVIDENCE_GRADE_DESCRIPTIONS,
  presentProfile,
  referenceUrl,
  reviewCoversCurrentText,
  reviewSentence,
  type Reference,
} from '../editorial'
import { absoluteUrl, apiArticlePath, apiAuthorPath, apiTopicPath, articlePath, authorPath, topicPath } from '../routes'
import type { ArticleBody, ArticleSummaryBody, AuthorBody, TopicBody } from './schemas'

/** The store as a request sees it: the reader's view, or an editor's with the preview token. */
export interface Viewer {
  store: ContentStore
  preview: boolean
  siteUrl: string
}

/** Newest first, ties by title: the store's own order, for lists that add unpublished articles. */
function byNewest(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.title.localeCompare(b.title)
}

/**
 * The articles a list shows this viewer: the store's public list; with the preview token, also
 * every draft and scheduled article, in the same order.
 */
export function listedArticles({ store, preview }: Viewer): Article[] {
  if (!preview) return store.listArticles()
  return [...store.listArticles(), ...store.editors.listUnpublished({ preview: true }).map(({ article }) => article)].sort(
    byNewest,
  )
}

const iso = (date: Date) => date.toISOString()

/** The review as the page tells it (lib/editorial/review.ts decides what may be claimed). */
function reviewBody(review: ReviewOfArticle) {
  if (review.claim === 'none') return null
  const real = review.claim !== 'illustrative'
  return {
    claim: review.claim,
    statement: reviewSentence(review, review.reviewer),
    coversCurrentText: reviewCoversCurrentText(review),
    reviewedAt: real ? iso(review.reviewedAt) : null,
    nextReviewDue: real ? iso(review.nextReviewDue) : null,
    overdue: real && review.overdue,
  }
}

export function topicRef(topic: Topic, siteUrl: string) {
  return {
    slug: topic.slug,
    title: topic.title,
    url: absoluteUrl(topicPath(topic.slug), siteUrl),
    apiPath: apiTopicPath(topic.slug),
  }
}

/** A profile as lib/editorial/authorship.ts presents it: a placeholder flagged, with its notice and no credentials. */
export function authorRef(author: Author, siteUrl: string) {
  const shown = presentProfile(author)
  return {
    slug: author.slug,
    name: shown.name,
    role: author.role,
    credentials: shown.credentials ?? null,
    illustrative: shown.illustrative,
    notice: shown.notice ?? null,
    url: absoluteUrl(authorPath(author.slug), siteUrl),
    apiPath: apiAuthorPath(author.slug),
  }
}

function articleLink(article: Article | undefined, siteUrl: string) {
  if (!article) return null
  return {
    slug: article.slug,
    title: article.title,
    url: absoluteUrl(articlePath(article.slug), siteUrl),
    apiPath: apiArticlePath(article.slug),
  }
}

/** Fields every article body has, from the facts a list or the view model already holds. */
function summaryFields(
  article: Article,
  facts: { topics: Topic[]; author: Author; readingMinutes: number; lastModified: Date; review: ReviewOfArticle },
  { store, siteUrl }: Viewer,
): ArticleSummaryBody {
  return {
    slug: article.slug,
    url: absoluteUrl(articlePath(article.slug), siteUrl),
    apiPath: apiArticlePath(article.slug),
    title: article.title,
    summary: article.summary,
    publishedAt: iso(article.publishedAt),
    updatedAt: article.updatedAt ? iso(article.updatedAt) : null,
    lastModified: iso(facts.lastModified),
    publication: store.publicationOf(article),
    topics: facts.topics.map((topic) => topicRef(topic, siteUrl)),
    author: authorRef(facts.author, siteUrl),
    readingMinutes: facts.readingMinutes,
    review: reviewBody(facts.review),
  }
}

export function articleSummaries(articles: Article[], viewer: Viewer): ArticleSummaryBody[] {
  const { store } = viewer
  return store.listingsOf(articles).flatMap(({ article, topics, readingMinutes }) => {
    const author = store.getAuthor(article.author)
    if (!author) return []
    const lastModified = article.updatedAt ?? article.publishedAt
    return [summaryFields(article, { topics, author, readingMinutes, lastModified, review: store.reviewOf(article) }, viewer)]
  })
}

function referenceBody(reference: Reference, number: number, citedInBody: boolean) {
  return {
    number,
    id: reference.id,
    title: reference.title,
    authors: reference.authors,
    journal: reference.journal,
    year: reference.year,
    type: reference.type,
    doi: reference.doi,
    pmid: reference.pmid,
    pmcid: reference.pmcid ?? null,
    doiUrl: reference.doi ? `https://doi.org/${reference.doi}` : null,
    pubmedUrl: reference.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/` : null,
    url: referenceUrl(reference) ?? null,
    citedInBody,
  }
}

/** An article in full, from the view model its page renders. */
export function articleBody(view: ArticleView, viewer: Viewer): ArticleBody {
  const { article, referenceNumbers } = view
  return {
    ...summaryFields(article, view, viewer),
    // Named as the reviewer only where a real review covers the text, as in the page's JSON-LD.
    reviewer:
      reviewCoversCurrentText(view.review) && view.review.reviewer ? authorRef(view.review.reviewer, viewer.siteUrl) : null,
    takeaways: (article.takeaways ?? []).map((takeaway) => ({
      text: takeaway.text,
      evidence: takeaway.evidence,
      evidenceLabel: EVIDENCE_GRADE_DESCRIPTIONS[takeaway.evidence].label,
      evidenceExplanation: EVIDENCE_GRADE_DESCRIPTIONS[takeaway.evidence].explanation,
      references: takeaway.cites.flatMap((id) => referenceNumbers.get(id) ?? []),
    })),
    references: view.references.map((reference, index) =>
      referenceBody(reference, index + 1, view.citedInBody.has(reference.id)),
    ),
    bodyHtml: article.bodyHtml,
    bodyMarkdown: article.bodyMarkdown,
    related: articleSummaries(
      view.related.map(({ article: related }) => related),
      viewer,
    ),
    newer: articleLink(view.newer, viewer.siteUrl),
    older: articleLink(view.older, viewer.siteUrl),
    history: historyBody(view.history),
    previousSlugs: article.previousSlugs ?? [],
  }
}

function historyBody(history: ArticleHistory) {
  return {
    publishedAt: iso(history.publishedAt),
    lastUpdated: history.lastUpdated ? iso(history.lastUpdated) : null,
    changes: history.changes.map((change) => ({ ...change, date: iso(change.date) })),
    revisions: history.revisions.map(({ commit, date, textChanged, created, renamedFrom, reviewed }) => ({
      commit,
      date: iso(date),
      textChanged,
      created,
      renamedFrom: renamedFrom ?? null,
      reviewed,
    })),
    source: history.source,
    note: history.note ?? null,
  }
}

export function topicBody(topic: Topic, articleCount: number, siteUrl: string): TopicBody {
  return {
    ...topicRef(topic, siteUrl),
    description: topic.description,
    order: topic.order ?? null,
    articleCount,
  }
}

export function authorBody(author: Author, articleCount: number, siteUrl: string): AuthorBody {
  return { ...authorRef(author, siteUrl), articleCount }
}
