/**
 * What the content store answers, declared: the readers' view, through which every page, list,
 * feed, sitemap, search and API answer gets its content, and beside it the editors' view (the desk,
 * unpublished work, articles needing a medical review). lib/content/store.ts implements it; no
 * surface filters articles itself.
 */
import type { Reference } from '../editorial'
import type { ArticleListing, ArticleView, ReviewOfArticle } from './article-view'
import type { AuthorView, AuthorWithCounts } from './author-view'
import type { DeskEntry } from './desk'
import type { ArticleHistory, CorrectionEntry } from './article-history'
import type { Article, Author, Topic } from './schema'
import type { SynonymGroups } from './synonyms'
import type { Publication, ViewOptions } from './visibility'

export interface TopicWithCount extends Topic {
  /** Public articles in the topic. */
  articleCount: number
}

export interface ArticlePage {
  articles: Article[]
  /** 1-based. */
  page: number
  pageCount: number
  total: number
}

/** A draft, in-review or scheduled article, as `/preview` lists it. */
export interface UnpublishedArticle {
  article: Article
  publication: Exclude<Publication, 'public'>
  author?: Author
}

/** A published (public or scheduled) article that needs a real medical review, as the report and the desk list it. */
export interface ArticleNeedingReview {
  article: Article
  review: Exclude<ReviewOfArticle, { claim: 'none' }>
  publication: Exclude<Publication, 'draft' | 'review'>
}

/** A published (public or scheduled) article whose writer is an illustrative placeholder, as the report lists it. */
export interface ArticleWithIllustrativeAuthor {
  article: Article
  author: Author
  publication: Exclude<Publication, 'draft' | 'review'>
}

/**
 * What readers may see. Methods that can show a non-public article take a `ViewOptions`
 * (`{ preview }`) whose default is a reader's view; list methods take none because lists are the
 * same for everyone, preview or not.
 */
export interface ReadersView {
  /** Public articles, newest first. */
  listArticles(): Article[]
  /** The article at `/articles/<slug>`: a public one, or in preview also an unpublished one; `undefined` means a 404. */
  getArticle(slug: string, view?: ViewOptions): Article | undefined
  /** Everything `/articles/<slug>` shows, or `undefined` for a 404 (the same rule as `getArticle`). */
  getArticleView(slug: string, view?: ViewOptions): ArticleView | undefined
  /** One page of public articles, or `undefined` for a page that does not exist. */
  getArticlePage(page: number, perPage?: number): ArticlePage | undefined
  /** The public articles published just before and just after this one. */
  getAdjacentArticles(slug: string, view?: ViewOptions): { newer?: Article; older?: Article }
  /** Up to `limit` public articles sharing the most topics with this one, newest first among equals. */
  relatedArticles(slug: string, view?: ViewOptions, limit?: number): Article[]
  /** Every topic, in editorial order, with its count of public articles. */
  listTopics(): TopicWithCount[]
  getTopic(slug: string): Topic | undefined
  /** Public articles in a topic, newest first. */
  listArticlesInTopic(slug: string): Article[]
  /** The topics an article names, in editorial order. */
  topicsOf(article: Article): Topic[]
  /** Articles with the topics and reading time a list shows beside them. */
  listingsOf(articles: Article[]): ArticleListing[]
  getAuthor(slug: string): Author | undefined
  /** Every author and reviewer, by name. */
  listAuthors(): Author[]
  /** Every author and reviewer, by name, with their counts of public articles written and reviewed (the authors index). */
  listAuthorsWithCounts(): AuthorWithCounts[]
  /**
   * Everything `/authors/<slug>` shows: the profile and the public articles it wrote and reviewed;
   * `undefined` (a 404) for an unknown slug. A profile with no public article still has its page,
   * with empty lists: profiles are public (the API lists them), and drafts are never counted.
   */
  getAuthorView(slug: string): AuthorView | undefined
  /** The works an article cites, in the order of its reference list. */
  referencesOf(article: Article): Reference[]
  /** The bibliography entry with this id, for takeaways' sources. */
  getReference(id: string): Reference | undefined
  /** What the article may claim about its medical review now (lib/editorial/review.ts decides). */
  reviewOf(article: Article): ReviewOfArticle
  /** The footer's promise about medical review, true of the public articles now. */
  reviewPromise(): string
  /** `public`, `draft`, `review` or `scheduled`, now. */
  publicationOf(article: Article): Publication
  /** The synonym groups editors keep in `content/search-synonyms.yaml`, for search. */
  searchSynonyms(): SynonymGroups
  /** What readers are told of the article's changes (lib/content/article-history.ts), and the commits behind them. */
  historyOf(article: Article): ArticleHistory
  /** Every correction of a public article, newest first. */
  listCorrections(): CorrectionEntry[]
  /** The public article an old slug (`previousSlugs`) now redirects to; `undefined` otherwise. */
  redirectOf(slug: string): string | undefined
}

/** What editors see of work not yet (or no longer) fit for readers. */
export interface EditorsView {
  /** The desk (`/preview`): articles that need a writer or a reviewer, and scheduled ones. Empty unless `preview` is on. */
  desk(view?: ViewOptions): DeskEntry[]
  /** Scheduled articles first, soonest first, then those in review, then drafts. Empty unless `preview` is on. */
  listUnpublished(view?: ViewOptions): UnpublishedArticle[]
  /**
   * Every `published` article, public or scheduled, that needs a real medical review now
   * (illustrative reviewer, updated after its review, overdue): the content report's and the desk's
   * list, newest first.
   */
  listArticlesNeedingReview(): ArticleNeedingReview[]
  /**
   * Every `published` article, public or scheduled, whose writer is an illustrative placeholder
   * (lib/editorial/authorship.ts): the content report's list, newest first.
   */
  listArticlesWithIllustrativeAuthor(): ArticleWithIllustrativeAuthor[]
}

export interface ContentStore extends ReadersView {
  editors: EditorsView
}
