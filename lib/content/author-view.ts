/**
 * What an author's page (`/authors/<slug>`) and the authors index show: the profile, and the public
 * articles the person wrote and those naming them as medical reviewer. Built from the store's
 * public list only, so a draft or a scheduled article is never among them, nor counted.
 */
import type { ArticleListing } from './article-view'
import type { Article, Author, AuthorRole } from './schema'

export interface AuthorView {
  author: Author
  /** Public articles this profile wrote, newest first. */
  written: ArticleListing[]
  /** Public articles naming this profile as their medical reviewer, newest first. */
  reviewed: ArticleListing[]
}

/** A profile with how many public articles it wrote and reviewed, as the authors index lists it. */
export interface AuthorWithCounts {
  author: Author
  writtenCount: number
  reviewedCount: number
}

export interface AuthorViewSources {
  publicArticles(): Article[]
  listingsOf(articles: Article[]): ArticleListing[]
}

export function authorView(author: Author, sources: AuthorViewSources): AuthorView {
  const articles = sources.publicArticles()
  return {
    author,
    written: sources.listingsOf(articles.filter((article) => article.author === author.slug)),
    reviewed: sources.listingsOf(articles.filter((article) => article.reviewedBy === author.slug)),
  }
}

export function authorsWithCounts(authors: Author[], articles: Article[]): AuthorWithCounts[] {
  return authors.map((author) => ({
    author,
    writtenCount: articles.filter((article) => article.author === author.slug).length,
    reviewedCount: articles.filter((article) => article.reviewedBy === author.slug).length,
  }))
}

/** A role as readers read it. */
export const AUTHOR_ROLE_LABELS: Record<AuthorRole, string> = {
  writer: 'Writer',
  editor: 'Editor',
  'medical-reviewer': 'Medical reviewer',
}
