/**
 * Everything an article's page (and anything else that shows a whole article) needs, computed from
 * the content store: the people, topics, numbered references, table of contents and reading time,
 * which never change for a given build, and the review status, neighbours and related articles,
 * which depend on the time of the request.
 */
import { citedKeys, type ArticleReview, type Reference } from '../editorial'
import type { Article, Author, Topic } from './schema'
import { tableOfContents, type TocEntry } from './table-of-contents'
import type { Publication } from './visibility'
import type { ArticleHistory } from './article-history'

/** An article's medical review as every surface must tell it, with the reviewer it names. */
export type ReviewOfArticle = ArticleReview & { reviewer?: Author }

/** What an article's page shows; `references` are numbered by position, from 1. */
export interface ArticleView {
  article: Article
  author: Author
  topics: Topic[]
  readingMinutes: number
  /** `updatedAt`, else `publishedAt`. */
  lastModified: Date
  references: Reference[]
  /** The number each cited work has in `references`. */
  referenceNumbers: ReadonlyMap<string, number>
  /** Ids cited in the body (not only in takeaways), whose entries link back to their citation. */
  citedInBody: ReadonlySet<string>
  tableOfContents: TocEntry[]
  /** What the page may claim about the article's medical review (`claim: 'none'` for an unreviewed draft). */
  review: ReviewOfArticle
  publication: Publication
  /** The listed changes, newest first, and the commits behind them. */
  history: ArticleHistory
  newer?: Article
  older?: Article
  related: ArticleListing[]
}

/** What a list shows of an article. */
export interface ArticleListing {
  article: Article
  topics: Topic[]
  readingMinutes: number
}

/** The parts of a view that depend only on the content, computed once per article and store. */
export type ArticleFacts = Pick<
  ArticleView,
  'author' | 'topics' | 'readingMinutes' | 'lastModified' | 'references' | 'referenceNumbers' | 'citedInBody' | 'tableOfContents'
>

export interface ArticleFactSources {
  getAuthor(slug: string): Author | undefined
  topicsOf(article: Article): Topic[]
  referencesOf(article: Article): Reference[]
  readingMinutes(article: Article): number
}

/** `undefined` when the article's author is unknown, which validated content never has. */
export function articleFacts(article: Article, sources: ArticleFactSources): ArticleFacts | undefined {
  const author = sources.getAuthor(article.author)
  if (!author) return undefined
  const references = sources.referencesOf(article)
  return {
    author,
    topics: sources.topicsOf(article),
    readingMinutes: sources.readingMinutes(article),
    lastModified: article.updatedAt ?? article.publishedAt,
    references,
    referenceNumbers: new Map(references.map((reference, index) => [reference.id, index + 1])),
    citedInBody: new Set(citedKeys(article.bodyHtml)),
    tableOfContents: tableOfContents(article.bodyHtml),
  }
}
