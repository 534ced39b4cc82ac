/**
 * The one place that decides what readers can see. Pages, lists, counts, pagination and (later)
 * search and feeds all ask this module; none of them filters articles itself.
 *
 * An article is public when its status is `published` and its `publishedAt` has passed.
 */
import { allDocuments } from 'contentlayer/generated'
import readingTime from 'reading-time'
import { formatProblems, validateContent, type ValidContent } from './content-validation'
import { toSourceDocument, type ContentlayerDocument } from './contentlayer-documents'
import type { Article, Author, Topic } from './schema'

export const ARTICLES_PER_PAGE = 10

export function isPublic(article: Article, now: Date): boolean {
  return article.status === 'published' && article.publishedAt.getTime() <= now.getTime()
}

export interface TopicWithCount extends Topic {
  /** Public articles in the topic. */
  articleCount: number
}

/** What a list shows of an article. */
export interface ArticleListing {
  article: Article
  topics: Topic[]
  readingMinutes: number
}

export interface ArticlePage {
  articles: Article[]
  /** 1-based. */
  page: number
  pageCount: number
  total: number
}

/** Newest first; ties broken by title so that the order is stable. */
function byNewest(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.title.localeCompare(b.title)
}

/** By `order` (topics without one last), then by title. */
function byTopicOrder(a: Topic, b: Topic): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title)
}

export function readingMinutes(article: Article): number {
  return Math.max(1, Math.round(readingTime(article.bodyMarkdown).minutes))
}

/**
 * @param clock the current time; tests pass a fixed one. It is read on every call, so a
 * long-running server sees an article appear once its `publishedAt` passes.
 */
export function createContentStore(content: ValidContent, clock: () => Date = () => new Date()) {
  const topics = [...content.topics].sort(byTopicOrder)
  const topicsBySlug = new Map(topics.map((topic) => [topic.slug, topic]))
  const authorsBySlug = new Map(content.authors.map((author) => [author.slug, author]))
  const allArticles = [...content.articles].sort(byNewest)

  const topicsOf = (article: Article): Topic[] => topics.filter((topic) => article.topics.includes(topic.slug))

  const publicArticles = (): Article[] => {
    const now = clock()
    return allArticles.filter((article) => isPublic(article, now))
  }

  return {
    /** Public articles, newest first. */
    listArticles: publicArticles,

    getArticle(slug: string): Article | undefined {
      return publicArticles().find((article) => article.slug === slug)
    },

    /** One page of public articles, or `undefined` for a page that does not exist. */
    getArticlePage(page: number, perPage = ARTICLES_PER_PAGE): ArticlePage | undefined {
      const articles = publicArticles()
      const pageCount = Math.max(1, Math.ceil(articles.length / perPage))
      if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
      return { articles: articles.slice((page - 1) * perPage, page * perPage), page, pageCount, total: articles.length }
    },

    /** The public articles published just before and just after this one. */
    getAdjacentArticles(slug: string): { newer?: Article; older?: Article } {
      const articles = publicArticles()
      const index = articles.findIndex((article) => article.slug === slug)
      if (index === -1) return {}
      return { newer: articles[index - 1], older: articles[index + 1] }
    },

    /** Every topic, in editorial order, with its count of public articles. */
    listTopics(): TopicWithCount[] {
      const articles = publicArticles()
      return topics.map((topic) => ({
        ...topic,
        articleCount: articles.filter((article) => article.topics.includes(topic.slug)).length,
      }))
    },

    getTopic(slug: string): Topic | undefined {
      return topicsBySlug.get(slug)
    },

    /** Public articles in a topic, newest first. */
    listArticlesInTopic(slug: string): Article[] {
      return publicArticles().filter((article) => article.topics.includes(slug))
    },

    /** The topics an article names, in editorial order. */
    topicsOf,

    /** Articles with the topics and reading time a list shows beside them. */
    listingsOf(articles: Article[]): ArticleListing[] {
      return articles.map((article) => ({ article, topics: topicsOf(article), readingMinutes: readingMinutes(article) }))
    },

    getAuthor(slug: string): Author | undefined {
      return authorsBySlug.get(slug)
    },
  }
}

export type ContentStore = ReturnType<typeof createContentStore>

export class ContentError extends Error {
  override name = 'ContentError'
}

/** Validates documents already read by contentlayer2; throws a `ContentError` listing every problem. */
export function loadContent(documents: ContentlayerDocument[], contentDirLabel = 'content'): ValidContent {
  const { content, problems } = validateContent(documents.map((document) => toSourceDocument(document)), contentDirLabel)
  if (problems.length > 0) throw new ContentError(formatProblems(problems))
  return content
}

let siteContent: ContentStore | undefined

/** The site's content, read from contentlayer2's output for `content/` (or `$CONTENT_DIR`). */
export function getContent(): ContentStore {
  siteContent ??= createContentStore(loadContent(allDocuments as unknown as ContentlayerDocument[]))
  return siteContent
}
