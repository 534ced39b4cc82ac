/**
 * The content store: the one place that decides what readers can see. Pages, lists, counts,
 * pagination, previous/next links, related reading, search, feeds and the sitemap all ask it; none
 * of them filters articles itself.
 *
 * The rule (`isVisible`) takes two inputs besides the article: the current time and whether the
 * request is an editor's preview (Next.js Draft Mode, see lib/preview/draft-mode.ts).
 *
 * - An article is **public** when its status is `published` and its `publishedAt` has passed. A
 *   `draft`, or a `published` article whose `publishedAt` lies in the future (**scheduled**), is not.
 * - Readers see public articles only, everywhere.
 * - In preview, an editor also sees a draft or scheduled article **on its own page** (rendered
 *   exactly as readers will see it once it is public, previous/next links included) and in the
 *   `/preview` index of unpublished work. Lists, topic counts, pagination, search, feeds and the
 *   sitemap stay exactly what readers see now, even in preview: a preview never suggests that an
 *   article is listed before it is, and list pages need no preview variant.
 *
 * Methods that can show a non-public article take a `ViewOptions` (`{ preview }`) whose default is
 * a reader's view; list methods take none because they are the same for everyone.
 */
import readingTime from 'reading-time'
import { formatProblems, validateContent, type ValidContent } from './validation'
import { toContentSource, type ContentlayerDocument } from './source'
import { articleFacts, type ArticleFacts, type ArticleListing, type ArticleView, type ReviewOfArticle } from './article-view'
import { articleReview, citedKeys, presentProfile, referencesFor, reviewPromise, type Reference } from '../editorial'
import { authorsWithCounts, authorView, type AuthorView, type AuthorWithCounts } from './author-view'
import type { Article, Author, Topic } from './schema'
import type { SynonymGroups } from './synonyms'
import { isPublic, isVisible, publicationOf, type Publication, type ViewOptions } from './visibility'
import { editorsDesk, type DeskEntry } from './desk'
import { articleHistory, correctionsOf, type ArticleHistory, type CorrectionEntry } from './article-history'
import type {
  ArticleNeedingReview,
  ArticlePage,
  ArticleWithIllustrativeAuthor,
  ContentStore,
  EditorsView,
  ReadersView,
  TopicWithCount,
  UnpublishedArticle,
} from './content-store'

export const ARTICLES_PER_PAGE = 10
export const RELATED_ARTICLES = 3

export { isPublic, isVisible, publicationOf, type Publication, type Surface, type ViewOptions } from './visibility'
export type { ArticleListing, ArticleView, ReviewOfArticle } from './article-view'
export { AUTHOR_ROLE_LABELS, type AuthorView, type AuthorWithCounts } from './author-view'
export { DESK_STATES, deskStateOf, type DeskEntry, type DeskState, type NextActor } from './desk'
export type * from './content-store'

/** Newest first; ties broken by title so that the order is stable. */
function byNewest(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.title.localeCompare(b.title)
}

/** By `order` (topics without one last), then by title. */
function byTopicOrder(a: Topic, b: Topic): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title)
}

/** When an article last changed: `updatedAt`, else `publishedAt`. */
export function lastModifiedOf(article: Article): Date {
  return article.updatedAt ?? article.publishedAt
}

/** The most recent change among articles; `undefined` for none. */
export function newestChangeOf(articles: Article[]): Date | undefined {
  return articles.reduce<Date | undefined>((newest, article) => {
    const date = lastModifiedOf(article)
    return !newest || date > newest ? date : newest
  }, undefined)
}

export function readingMinutes(article: Article): number {
  return Math.max(1, Math.round(readingTime(article.bodyMarkdown).minutes))
}

/**
 * @param clock the current time; tests pass a fixed one. It is read on every call, so a
 * long-running server sees an article appear once its `publishedAt` passes.
 */
export function createContentStore(content: ValidContent, clock: () => Date = () => new Date()): ContentStore {
  const topics = [...content.topics].sort(byTopicOrder)
  const topicsBySlug = new Map(topics.map((topic) => [topic.slug, topic]))
  const authorsBySlug = new Map(content.authors.map((author) => [author.slug, author]))
  const allArticles = [...content.articles].sort(byNewest)

  const topicsOf = (article: Article): Topic[] => topics.filter((topic) => article.topics.includes(topic.slug))

  // Counting words is the dearest part of a listing (the API lists 20 per request); an article's body never changes.
  const minutesByArticle = new Map<Article, number>()
  const minutesOf = (article: Article): number => {
    let minutes = minutesByArticle.get(article)
    if (minutes === undefined) minutesByArticle.set(article, (minutes = readingMinutes(article)))
    return minutes
  }

  /** Every list is built from this: the articles visible on a list now, which are the public ones. */
  const publicArticles = (): Article[] => {
    const now = clock()
    return allArticles.filter((article) => isVisible(article, { now, surface: 'list' }))
  }

  const reviewOfAt = (article: Article, now: Date): ReviewOfArticle => {
    const reviewer = article.reviewedBy === undefined ? undefined : authorsBySlug.get(article.reviewedBy)
    return { ...articleReview(article, reviewer, now), ...(reviewer ? { reviewer } : {}) }
  }
  const reviewOf = (article: Article): ReviewOfArticle => reviewOfAt(article, clock())

  const realReview = (article: Article) => !['none', 'illustrative'].includes(reviewOf(article).claim)
  const historyOf = (article: Article): ArticleHistory => articleHistory(article, realReview(article))
  // An old slug names the article that lists it; validation has made each old slug unique and never live.
  const movedFrom = new Map(allArticles.flatMap((article) => (article.previousSlugs ?? []).map((old) => [old, article] as const)))

  const getArticle = (slug: string, { preview = false }: ViewOptions = {}): Article | undefined => {
    const now = clock()
    return allArticles.find((article) => article.slug === slug && isVisible(article, { now, preview, surface: 'page' }))
  }

  const listingsOf = (articles: Article[]): ArticleListing[] =>
    articles.map((article) => ({ article, topics: topicsOf(article), readingMinutes: minutesOf(article) }))
  const authorsByName = [...content.authors].sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug))

  const store: Omit<ReadersView, 'getArticleView'> = {
    /** Public articles, newest first. The same for readers and in preview. */
    listArticles: publicArticles,

    /**
     * The article to show at `/articles/<slug>`: a public one, or in preview also a draft or
     * scheduled one; `undefined` means a 404.
     */
    getArticle,

    /** One page of public articles, or `undefined` for a page that does not exist. */
    getArticlePage(page: number, perPage = ARTICLES_PER_PAGE): ArticlePage | undefined {
      const articles = publicArticles()
      const pageCount = Math.max(1, Math.ceil(articles.length / perPage))
      if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
      return { articles: articles.slice((page - 1) * perPage, page * perPage), page, pageCount, total: articles.length }
    },

    /**
     * The public articles published just before and just after this one. In preview, a draft or
     * scheduled article gets the neighbours it will have once public (the links themselves only
     * ever lead to public articles); a reader asking about a non-public one gets none.
     */
    getAdjacentArticles(slug: string, view: ViewOptions = {}): { newer?: Article; older?: Article } {
      const article = getArticle(slug, view)
      if (!article) return {}
      const articles = isPublic(article, clock()) ? publicArticles() : [...publicArticles(), article].sort(byNewest)
      const index = articles.indexOf(article)
      return { newer: articles[index - 1], older: articles[index + 1] }
    },

    /**
     * Up to `limit` public articles to read after this one: those sharing the most topics with it
     * first, the newest first among equals. An article sharing no topic is not suggested.
     */
    relatedArticles(slug: string, view: ViewOptions = {}, limit = RELATED_ARTICLES): Article[] {
      const article = getArticle(slug, view)
      if (!article) return []
      return publicArticles()
        .filter((other) => other.slug !== article.slug)
        .map((other) => ({ other, shared: other.topics.filter((topic) => article.topics.includes(topic)).length }))
        .filter(({ shared }) => shared > 0)
        // A stable sort: the newest-first order of publicArticles() breaks ties.
        .sort((a, b) => b.shared - a.shared)
        .slice(0, limit)
        .map(({ other }) => other)
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
    listingsOf,

    getAuthor(slug: string): Author | undefined {
      return authorsBySlug.get(slug)
    },

    /** Every author and reviewer, by name. */
    listAuthors(): Author[] {
      return [...authorsByName]
    },

    /** Every author and reviewer, by name, with their counts of public articles written and reviewed. */
    listAuthorsWithCounts(): AuthorWithCounts[] {
      return authorsWithCounts(authorsByName, publicArticles())
    },

    /** The profile at `/authors/<slug>` with its public articles; `undefined` for an unknown slug. */
    getAuthorView(slug: string): AuthorView | undefined {
      const author = authorsBySlug.get(slug)
      return author && authorView(author, { publicArticles, listingsOf })
    },

    /**
     * The works an article cites, in the order of its reference list: body citations by first use,
     * then works cited only by its takeaways.
     */
    referencesOf(article: Article): Reference[] {
      const ids = new Set([...citedKeys(article.bodyHtml), ...(article.takeaways ?? []).flatMap((takeaway) => takeaway.cites)])
      return referencesFor([...ids], content.data.bibliography.references)
    },

    /** The synonym groups editors keep in `content/search-synonyms.yaml`, for search. */
    searchSynonyms(): SynonymGroups {
      return content.data.searchSynonyms.groups
    },

    /** The bibliography entry with this id, for takeaways' sources. */
    getReference(id: string): Reference | undefined {
      return referencesFor([id], content.data.bibliography.references)[0]
    },

    /**
     * What the article may claim about its medical review now (see lib/editorial/review.ts): the
     * article page's review line, its JSON-LD and its feed items all tell this, and nothing else.
     */
    reviewOf,

    /** The footer's promise about medical review, true of the public articles now. */
    reviewPromise(): string {
      const now = clock()
      return reviewPromise(publicArticles().map((article) => reviewOfAt(article, now).claim))
    },

    /** `public`, `draft`, `review` or `scheduled`, now. */
    publicationOf(article: Article): Publication {
      return publicationOf(article, clock())
    },

    /** What readers are told of the article's changes, and the commits behind them. */
    historyOf,

    /** Every correction of a public article, newest first: the corrections page and its feed. */
    listCorrections(): CorrectionEntry[] {
      return correctionsOf(publicArticles(), realReview)
    },

    /**
     * The slug an article's old slug now redirects to, or `undefined`: only to a public article, so
     * an old slug of a draft or a scheduled article looks exactly like one that never existed.
     */
    redirectOf(slug: string): string | undefined {
      const article = movedFrom.get(slug)
      return article && isPublic(article, clock()) ? article.slug : undefined
    },

  }

  const editors: EditorsView = {
    /**
     * The editors' desk (`/preview`): drafts, articles in review, scheduled ones and published ones
     * a reviewer must look at again, with who acts next. Empty unless `preview` is on.
     */
    desk({ preview = false }: ViewOptions = {}): DeskEntry[] {
      return preview ? editorsDesk(allArticles, authorsBySlug, clock()) : []
    },

    /**
     * Unpublished articles: scheduled ones first, soonest first, then those in review, then drafts,
     * newest first. Empty unless `preview` is on.
     */
    listUnpublished({ preview = false }: ViewOptions = {}): UnpublishedArticle[] {
      if (!preview) return []
      const now = clock()
      const unpublished = allArticles.flatMap((article): UnpublishedArticle[] => {
        const publication = publicationOf(article, now)
        return publication === 'public' ? [] : [{ article, publication, author: authorsBySlug.get(article.author) }]
      })
      const scheduled = unpublished.filter((entry) => entry.publication === 'scheduled').reverse()
      const inState = (state: Publication) => unpublished.filter((entry) => entry.publication === state)
      return [...scheduled, ...inState('review'), ...inState('draft')]
    },
    /**
     * Every `published` article, public or scheduled, that needs a real medical review now
     * (illustrative reviewer, updated after its review, overdue): the content report's and the
     * editors' desk's list. Scheduled ones are included because they go live without a rebuild.
     * In order of publication, newest first.
     */
    listArticlesNeedingReview(): ArticleNeedingReview[] {
      const now = clock()
      return allArticles.flatMap((article): ArticleNeedingReview[] => {
        const publication = publicationOf(article, now)
        const review = reviewOfAt(article, now)
        if (publication === 'draft' || publication === 'review' || review.claim === 'none' || review.needs.length === 0) return []
        return [{ article, review, publication }]
      })
    },

    /**
     * Every `published` article, public or scheduled, whose writer is an illustrative placeholder:
     * the content report's list, newest first.
     */
    listArticlesWithIllustrativeAuthor(): ArticleWithIllustrativeAuthor[] {
      const now = clock()
      return allArticles.flatMap((article): ArticleWithIllustrativeAuthor[] => {
        const publication = publicationOf(article, now)
        const author = authorsBySlug.get(article.author)
        if (publication === 'draft' || publication === 'review' || !author || !presentProfile(author).illustrative) return []
        return [{ article, author, publication }]
      })
    },

  }

  const facts = new Map<Article, ArticleFacts | undefined>()
  const factsOf = (article: Article): ArticleFacts | undefined => {
    if (!facts.has(article)) {
      facts.set(article, articleFacts(article, { ...store, readingMinutes }))
    }
    return facts.get(article)
  }

  return {
    ...store,
    editors,

    /**
     * Everything `/articles/<slug>` shows, or `undefined` for a 404 (the same rule as `getArticle`).
     * What depends only on the content is computed once per article; review status, neighbours
     * and related articles are computed for now.
     */
    getArticleView(slug: string, view: ViewOptions = {}): ArticleView | undefined {
      const article = getArticle(slug, view)
      const known = article && factsOf(article)
      if (!article || !known) return undefined
      return {
        ...known,
        article,
        review: store.reviewOf(article),
        history: historyOf(article),
        publication: store.publicationOf(article),
        ...store.getAdjacentArticles(slug, view),
        related: store.listingsOf(store.relatedArticles(slug, view)),
      }
    },
  }
}

export class ContentError extends Error {
  override name = 'ContentError'
}

/**
 * Validates documents already read by contentlayer2; throws a `ContentError` listing every problem.
 * The content step has checked article bodies; this skips re-parsing them.
 */
export function loadContent(documents: ContentlayerDocument[], contentDirLabel = 'content'): ValidContent {
  const { content, problems } = validateContent(toContentSource(documents), contentDirLabel, { checkBodies: false })
  if (problems.length > 0) throw new ContentError(formatProblems(problems))
  return content
}
